import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { manifestQueryOptions } from './data/manifestQuery.ts'
import { useUiLanguage } from './useUiLanguage.ts'

/**
 * A topic's label in the UI language, from the manifest (already cached by the page that shows
 * it). Until the manifest is there, or for an id it does not know, the id itself stands in. The
 * same function while the manifest and the language stay (cards are memoised on it).
 */
export function useTopicLabel(): (topicId: string) => string {
  const language = useUiLanguage()
  const { data: manifest } = useQuery(manifestQueryOptions())
  return useCallback(
    (topicId: string) => manifest?.topics.find((topic) => topic.id === topicId)?.labels[language] ?? topicId,
    [manifest, language],
  )
}
