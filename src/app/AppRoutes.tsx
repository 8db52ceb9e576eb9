import { lazy } from 'react'
import { Route, Routes } from 'react-router'
import { paths } from '@/config/paths.ts'
import { RootLayout } from './RootLayout.tsx'
import { FeedRoute } from './routes/FeedRoute.tsx'

/**
 * Every view is a URL (docs/app.md, "Routes"). The feed is the front page and ships in the entry chunk; every
 * other route ("not found" too) is its own chunk, fetched when first opened (React.lazy under RootLayout's Suspense),
 * so the home page's JavaScript carries no article reader, search engine or settings form.
 *
 * Declarative routes (`<Routes>`) rather than a data router: the app loads its data through react-query,
 * never through route loaders, and the data router would add about 15 KB gzip to every first load.
 */
const TopicRoute = lazy(() => import('./routes/TopicRoute.tsx').then((m) => ({ default: m.TopicRoute })))
const ArticleRoute = lazy(() => import('./routes/ArticleRoute.tsx').then((m) => ({ default: m.ArticleRoute })))
const SearchRoute = lazy(() => import('./routes/SearchRoute.tsx').then((m) => ({ default: m.SearchRoute })))
const SavedRoute = lazy(() => import('./routes/SavedRoute.tsx').then((m) => ({ default: m.SavedRoute })))
const SettingsRoute = lazy(() => import('./routes/SettingsRoute.tsx').then((m) => ({ default: m.SettingsRoute })))
const NotFoundRoute = lazy(() => import('./routes/NotFoundRoute.tsx').then((m) => ({ default: m.NotFoundRoute })))

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route path={paths.home.path} element={<FeedRoute />} />
        <Route path={paths.topic.path} element={<TopicRoute />} />
        <Route path={paths.article.path} element={<ArticleRoute />} />
        <Route path={paths.search.path} element={<SearchRoute />} />
        <Route path={paths.saved.path} element={<SavedRoute />} />
        <Route path={paths.settings.path} element={<SettingsRoute />} />
        <Route path={paths.notFound.path} element={<NotFoundRoute />} />
      </Route>
    </Routes>
  )
}
