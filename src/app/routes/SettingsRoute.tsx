import { SettingsView } from '@/features/settings/components/SettingsView.tsx'

export function SettingsRoute() {
  return <SettingsView />
}
