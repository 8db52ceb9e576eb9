/**
 * What every article card shows the same way: the UI language and its strings, the reader's
 * digits, topic labels, read and saved marks, worked out once for the page. Cards read it from context
 * instead of each subscribing to the language, the settings, the manifest query and the read
 * marks: a filter press that replaces thirty cards by the first few of a new list then unmounts
 * and mounts no subscriptions, which was most of the press's JavaScript (bench, CPU 4×).
 */
import type { TFunction } from 'i18next'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { UiLanguage } from '@/lib/language.ts'
import { readStateStore } from '@/lib/readState.ts'
import { savedArticlesStore } from '@/lib/savedArticles.ts'
import { useDigits } from '@/lib/readingSettings.ts'
import { type Digits } from '@/lib/readingSettingsValues.ts'
import { useDeviceStore } from '@/lib/storage.ts'
import { useTranslation } from 'react-i18next'
import { useTopicLabel } from '@/lib/useTopicLabel.ts'
import { useUiLanguage } from '@/lib/useUiLanguage.ts'

export interface CardFormat {
  readonly t: TFunction
  readonly language: UiLanguage
  readonly digits: Digits
  readonly topicLabel: (topicId: string) => string
  /** "3 دقائق قراءة", worked out once per length for all the cards. */
  readonly readingTime: (minutes: number) => string
  /** The accessible name of a card's list of topics. */
  readonly topicsLabel: string
  /** Opened on this device (lib/readState.ts). */
  readonly isRead: (articleId: string) => boolean
  /** Saved on this device (lib/savedArticles.ts). */
  readonly isSaved: (articleId: string) => boolean
}

const CardFormatContext = createContext<CardFormat | null>(null)

export function CardFormatProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const digits = useDigits()
  const topicLabel = useTopicLabel()
  const readIds = useDeviceStore(readStateStore)
  const savedArticles = useDeviceStore(savedArticlesStore)
  const format = useMemo<CardFormat>(() => {
    const read = new Set(readIds)
    const saved = new Set(savedArticles.map((article) => article.id))
    const readingTimes = new Map<number, string>()
    const readingTime = (minutes: number) => {
      let text = readingTimes.get(minutes)
      if (text === undefined) readingTimes.set(minutes, (text = t('common.readingMinutes', { count: minutes, digits })))
      return text
    }
    const topicsLabel = t('common.topicsLabel')
    return {
      t,
      language,
      digits,
      topicLabel,
      readingTime,
      topicsLabel,
      isRead: (id) => read.has(id),
      isSaved: (id) => saved.has(id),
    }
  }, [t, language, digits, topicLabel, readIds, savedArticles])
  return <CardFormatContext value={format}>{children}</CardFormatContext>
}

export function useCardFormat(): CardFormat {
  const format = useContext(CardFormatContext)
  if (format === null) throw new Error('an article card outside <CardFormatProvider> (RootLayout)')
  return format
}
