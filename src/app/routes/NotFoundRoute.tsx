import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { NotFoundView } from '@/components/NotFoundView.tsx'

export function NotFoundRoute() {
  const { t } = useTranslation(PAGE_STRINGS)
  return <NotFoundView title={t('notFound.title')} body={t('notFound.body')} />
}
