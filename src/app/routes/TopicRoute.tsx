import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { NotFoundView } from '@/components/NotFoundView.tsx'
import { topicIdSchema } from '@/core/schema.ts'
import { TopicView } from '@/features/topics/components/TopicView.tsx'
import { paths, readPage } from '@/config/paths.ts'

/** `/topics/:topicId`: a malformed id is not found without asking the server. */
export function TopicRoute() {
  const { t } = useTranslation(PAGE_STRINGS)
  const { topicId } = useParams()
  const [searchParams] = useSearchParams()
  const navigate = useNavigate()
  const parsed = topicIdSchema.safeParse(topicId)
  if (!parsed.success) return <NotFoundView title={t('topic.notFoundTitle')} body={t('topic.notFoundBody')} />
  const onPageChange = (page: number) =>
    void navigate(paths.topic.getHref(parsed.data, page), { replace: true, preventScrollReset: true })
  return <TopicView topicId={parsed.data} page={readPage(searchParams)} onPageChange={onPageChange} />
}
