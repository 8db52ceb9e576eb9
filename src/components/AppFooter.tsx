import { useTranslation } from '@/lib/translation.ts'

export function AppFooter() {
  const { t } = useTranslation()
  return (
    <footer className="app-footer">
      <p>{t('footer.note')}</p>
    </footer>
  )
}
