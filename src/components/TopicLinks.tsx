import { paths } from '@/config/paths.ts'
import type { CardFormat } from './cardFormat.tsx'

/**
 * An article card's topics as chips, each leading to the topic's page. Plain anchors, followed
 * in the app by app/useInAppLinks.ts.
 */
export function TopicLinks({ topicIds, format }: { topicIds: readonly string[]; format: CardFormat }) {
  if (topicIds.length === 0) return null
  return (
    <ul className="topic-links" aria-label={format.topicsLabel}>
      {topicIds.map((id) => (
        <li key={id}>
          <a className="chip chip--link" href={paths.topic.getHref(id)}>
            {format.topicLabel(id)}
          </a>
        </li>
      ))}
    </ul>
  )
}
