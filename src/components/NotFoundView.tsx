import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'
import { DocumentTitle } from './DocumentTitle.tsx'
import { PageHeading } from './PageHeading.tsx'

/** "Nothing here" with a way home: for unknown URLs, topics and articles. */
export function NotFoundView({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation(PAGE_STRINGS)
  return (
    <section className="status-page">
      <DocumentTitle page={title} />
      <PageHeading>{title}</PageHeading>
      <p>{body}</p>
      <p>
        <Link className="button-link" to={paths.home.getHref()}>
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  )
}
