import { Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { useRegisterSW } from 'virtual:pwa-register/react'
import { InstallOffer } from './InstallOffer.tsx'
import { useOnlineStatus } from './useOnlineStatus.ts'
import { reloadWhenReplaced } from './reloadWhenReplaced.ts'
import { useRefreshOnReconnect } from './useRefreshOnReconnect.ts'
import { watchForUpdates } from './watchForUpdates.ts'

/**
 * Registers the service worker and tells the reader what it means for them: that they are
 * offline (and still reading from the device), that a new version is ready, and that the app can
 * be installed (InstallOffer). Accepting the
 * update activates the new worker and reloads the page whole, so old code never meets new data;
 * declining keeps the running version, which stays complete in its own cache. Back online, the
 * data on screen refreshes quietly and the app looks for a new version. Loaded after the first
 * render, inside PwaStatus's live region.
 */
export function PwaNotices() {
  const { t } = useTranslation(PAGE_STRINGS)
  const online = useOnlineStatus()
  // "Later" holds for the rest of this visit: the worker's lifecycle events can report the same
  // waiting version again moments after, and the offer must not come straight back.
  const [declined, setDeclined] = useState(false)
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      if (registration !== undefined) watchForUpdates(registration)
    },
  })
  useRefreshOnReconnect()
  useEffect(reloadWhenReplaced, [])

  return (
    <>
      {!online && <p className="pwa-status__notice">{t('pwa.offline')}</p>}
      {needRefresh && !declined && (
        <div className="pwa-status__notice pwa-status__notice--update">
          <p>{t('pwa.updateReady')}</p>
          <div className="pwa-status__actions">
            <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
              {t('pwa.updateNow')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setDeclined(true)}>
              {t('pwa.updateLater')}
            </button>
          </div>
        </div>
      )}
      {/* Its words are the pages' strings, which may still be on their way. */}
      <Suspense fallback={null}>
        <InstallOffer />
      </Suspense>
    </>
  )
}
