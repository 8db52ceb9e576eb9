import type { Story } from '@/core/schema.ts'

/** The distinct outlets that reported a story, in the order they first reported it. */
export function storyOutlets(story: Story | null): string[] {
  if (!story) return []
  return [...new Set(story.members.flatMap((m) => (m.outlet === null ? [] : [m.outlet])))]
}
