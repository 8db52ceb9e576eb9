import { Link } from 'react-router'
import { paths } from '@/config/paths.ts'

/** Words as chips, each a link to the search for it (an article's keywords, suggested searches). */
export function SearchLinks({ words, label }: { words: readonly string[]; label?: string }) {
  return (
    <ul className="keyword-list" aria-label={label}>
      {words.map((word) => (
        <li key={word}>
          <Link className="chip chip--link" to={paths.search.getHref(word)} lang="ar" dir="auto">
            {word}
          </Link>
        </li>
      ))}
    </ul>
  )
}
