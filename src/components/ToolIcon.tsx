import { LineIcon } from './LineIcon.tsx'

/** The article page's tool icons (the bookmark, also on cards, is LineIcon.tsx's). */
const paths = {
  share: 'M12 15V4m-4 4 4-4 4 4M6 12v7h12v-7',
  listen: 'M4 10v4h4l5 4V6L8 10Zm12-1a4 4 0 0 1 0 6m2-9a8 8 0 0 1 0 12',
  options: 'M4 7h9m4 0h3M4 17h3m4 0h9M15 5v4M9 15v4',
} as const

export function ToolIcon({ name }: { name: keyof typeof paths }) {
  return <LineIcon path={paths[name]} />
}
