/**
 * A process that starts the search index thread, hands it articles and ends without asking for
 * the index, as a run does when it fails in the related stage (searchThread.test.ts).
 */
import { searchIndexThread } from '../run/searchThread.ts'
import { syntheticArticles } from './syntheticSearchSources.ts'

const thread = searchIndexThread([])
for (const article of syntheticArticles(300, 3)) thread.add(article)
process.stdout.write('handed over\n')
