import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { UiLanguageScope } from '@/components/UiLanguageScope.tsx'

/** The outlet's credit line and disclaimer: part of the page, not of the story, so set apart. */
export function ArticleSourceNotes({ credit, disclaimer }: { credit: string | null; disclaimer: string | null }) {
  const { t } = useTranslation(PAGE_STRINGS)
  if (credit === null && disclaimer === null) return null
  return (
    <aside className="source-notes" aria-label={t('article.sourceNotes')}>
      {credit !== null && (
        <p className="source-notes__credit">
          <UiLabel>{t('article.credit')}</UiLabel> <bdi dir="auto">{credit}</bdi>
        </p>
      )}
      {disclaimer !== null && (
        <p className="source-notes__disclaimer">
          <UiLabel>{t('article.disclaimer')}</UiLabel> <span dir="auto">{disclaimer}</span>
        </p>
      )}
    </aside>
  )
}

function UiLabel({ children }: { children: string }) {
  return (
    <UiLanguageScope as="span" className="source-notes__label">
      {children}
    </UiLanguageScope>
  )
}
