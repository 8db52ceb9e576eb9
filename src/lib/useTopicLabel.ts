import { useQuery } from '@tanstack/react-query'
import { manifestQueryOptions } from './data/manifestQuery.ts'
import { useUiLanguage } from './useUiLanguage.ts'

/**
 * A topic's label in the UI language, from the manifest (already cached by the page that shows
 * it). Until the manifest is there, or for an id it does not know, the id itself stands in.
 */
export function useTopicLabel(): (topicId: string) => string {
  const language = useUiLanguage()
  const { data: manifest } = useQuery(manifestQueryOptions())
  return (topicId) => manifest?.topics.find((topic) => topic.id === topicId)?.labels[language] ?? topicId
}
