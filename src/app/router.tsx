import { createBrowserRouter } from 'react-router'
import { paths } from '../config/paths.ts'
import { RootLayout } from './RootLayout.tsx'
import { ArticleRoute } from './routes/ArticleRoute.tsx'
import { FeedRoute } from './routes/FeedRoute.tsx'
import { NotFoundRoute } from './routes/NotFoundRoute.tsx'
import { RouteErrorView } from './routes/RouteErrorView.tsx'
import { SavedRoute } from './routes/SavedRoute.tsx'
import { SearchRoute } from './routes/SearchRoute.tsx'
import { SettingsRoute } from './routes/SettingsRoute.tsx'
import { TopicRoute } from './routes/TopicRoute.tsx'

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      children: [
        {
          errorElement: <RouteErrorView />,
          children: [
            { path: paths.home.path, element: <FeedRoute /> },
            { path: paths.topic.path, element: <TopicRoute /> },
            { path: paths.article.path, element: <ArticleRoute /> },
            { path: paths.search.path, element: <SearchRoute /> },
            { path: paths.saved.path, element: <SavedRoute /> },
            { path: paths.settings.path, element: <SettingsRoute /> },
            { path: paths.notFound.path, element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ])
}
