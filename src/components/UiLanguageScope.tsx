import type { ReactNode } from 'react'
import { directionOf } from '@/lib/language.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'

interface UiLanguageScopeProps {
  children: ReactNode
  className?: string
  as?: 'div' | 'span'
}

/** Returns to the UI language and direction inside Arabic content (labels within an article). */
export function UiLanguageScope({ children, className, as: Element = 'div' }: UiLanguageScopeProps) {
  const language = useUiLanguage()
  return (
    <Element className={className} lang={language} dir={directionOf(language)}>
      {children}
    </Element>
  )
}
