import { useTranslation } from '../lib/translation.ts'
import { Link } from 'react-router'
import { paths } from '../config/paths.ts'
import { useTopicLabel } from '../lib/useTopicLabel.ts'

/** An article's topics as chips, each leading to the topic's page. */
export function TopicLinks({ topicIds }: { topicIds: readonly string[] }) {
  const { t } = useTranslation()
  const topicLabel = useTopicLabel()
  if (topicIds.length === 0) return null
  return (
    <ul className="topic-links" aria-label={t('common.topicsLabel')}>
      {topicIds.map((id) => (
        <li key={id}>
          <Link className="chip chip--link" to={paths.topic.getHref(id)}>
            {topicLabel(id)}
          </Link>
        </li>
      ))}
    </ul>
  )
}
