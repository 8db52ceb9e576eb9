import { useTranslation } from '@/lib/translation.ts'
import { NotFoundView } from '@/components/NotFoundView.tsx'

export function NotFoundRoute() {
  const { t } = useTranslation()
  return <NotFoundView title={t('notFound.title')} body={t('notFound.body')} />
}
