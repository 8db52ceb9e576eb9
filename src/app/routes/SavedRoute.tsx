import { SavedView } from '@/features/saved/components/SavedView.tsx'

export function SavedRoute() {
  return <SavedView />
}
