/**
 * The topic taxonomy (docs/ingest.md, analyse/) is data: `seeds/topics.json`. Term groups name the sides a topic
 * is about (Iraq, the US, Algeria, AFRICOM…); a topic's rule combines groups with `allOf` /
 * `anyOf`, so "Iraq–US" needs an Iraq term AND a US term. Each term has a display form (shown to
 * the reader as the reason) and the spellings that match it, in any Arabic spelling:
 * matching is on normalized words, `*` ending a word matches any ending (`أمريكي*`), and the
 * proclitics و ف ب ك ل ال are tolerated on every word.
 */
import { z } from 'zod/mini'
import { dataPaths, topicIdSchema } from '@/core/schema.ts'

export type TopicRule = string | { readonly allOf: readonly TopicRule[] } | { readonly anyOf: readonly TopicRule[] }

const nonEmptyString = () => z.string().check(z.minLength(1))

const topicRuleSchema: z.ZodMiniType<TopicRule> = z.lazy(() =>
  z.union([
    nonEmptyString(),
    z.strictObject({ allOf: z.array(topicRuleSchema).check(z.minLength(1)) }),
    z.strictObject({ anyOf: z.array(topicRuleSchema).check(z.minLength(1)) }),
  ]),
)

const termSchema = z.strictObject({
  display: nonEmptyString(),
  match: z.array(z.string().check(z.regex(/\S/))).check(z.minLength(1)),
})

const topicDefinitionSchema = z.strictObject({
  id: topicIdSchema,
  labels: z.strictObject({ ar: nonEmptyString(), en: nonEmptyString() }),
  rule: topicRuleSchema,
})

export const taxonomySchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    termGroups: z.record(
      nonEmptyString(),
      z.strictObject({
        /** False for theme words (عسكري, أمني): not proper names, so never given as a "shared names" reason. */
        names: z._default(z.boolean(), true),
        terms: z.array(termSchema).check(z.minLength(1)),
      }),
    ),
    topics: z.array(topicDefinitionSchema).check(z.minLength(1)),
    /** A term group counts for a topic when named in the lead or at least this many times (see topics.ts prominentHits). */
    prominence: z._default(z.strictObject({ minMentions: z.int().check(z.minimum(1)) }), { minMentions: 2 }),
    /**
     * Search synonyms: groups of single words that mean the same (a Latin name and its Arabic
     * spellings); the first word names the group. Written into the search index for the browser.
     */
    synonyms: z._default(z.array(z.array(z.string().check(z.regex(/^[\p{L}\p{N}]+$/u))).check(z.minLength(2))), []),
  })
  .check(
    z.superRefine((taxonomy, ctx) => {
      const ids = new Set<string>()
      taxonomy.topics.forEach((topic, i) => {
        if (topic.id === dataPaths.allList) {
          ctx.addIssue({
            code: 'custom',
            path: ['topics', i, 'id'],
            message: `"${topic.id}" is reserved for the feed of every article`,
          })
        }
        if (ids.has(topic.id))
          ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `duplicate topic id "${topic.id}"` })
        ids.add(topic.id)
        for (const group of ruleGroups(topic.rule)) {
          if (!(group in taxonomy.termGroups)) {
            ctx.addIssue({ code: 'custom', path: ['topics', i, 'rule'], message: `unknown term group "${group}"` })
          }
        }
      })
    }),
  )

export type Taxonomy = z.infer<typeof taxonomySchema>
export type TopicDefinition = Taxonomy['topics'][number]

/** The term groups a rule refers to, in order of first mention. */
export function ruleGroups(rule: TopicRule): string[] {
  if (typeof rule === 'string') return [rule]
  const children = 'allOf' in rule ? rule.allOf : rule.anyOf
  return [...new Set(children.flatMap(ruleGroups))]
}

/** The display terms that define a topic (every term of every group its rule uses). */
export function topicTerms(taxonomy: Taxonomy, topic: TopicDefinition): string[] {
  const terms = ruleGroups(topic.rule).flatMap((g) => taxonomy.termGroups[g]?.terms.map((t) => t.display) ?? [])
  return [...new Set(terms)]
}

/** Validates a parsed taxonomy file; throws an Error whose message says what to fix. */
export function parseTaxonomy(json: unknown): Taxonomy {
  const result = taxonomySchema.safeParse(json)
  if (!result.success) throw new Error(`invalid topic taxonomy:\n${z.prettifyError(result.error)}`)
  return result.data
}
