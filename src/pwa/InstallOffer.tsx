import '@/styles/install-offer.css'
import { useEffect, useState } from 'react'
import { useMatch } from 'react-router'
import { paths } from '@/config/paths.ts'
import { useDeviceStore } from '@/lib/storage.ts'
import { useTranslation } from 'react-i18next'
import { PAGE_STRINGS } from '@/lib/i18n.ts'
import { installAnswerStore, watchInstallOffer, type InstallOffer as Offer } from './installOffer.ts'

/**
 * The offer to install the app (installOffer.ts): a card at the foot of the screen, on every page
 * but an article's, so it never covers the text being read; until the reader answers it.
 */
export function InstallOffer() {
  const { t } = useTranslation(PAGE_STRINGS)
  const [offer, setOffer] = useState<Offer>(null)
  const answer = useDeviceStore(installAnswerStore)
  const onArticle = useMatch(paths.article.path) !== null
  useEffect(() => watchInstallOffer(setOffer), [])
  if (offer === null || answer !== null || onArticle) return null
  async function install(event: Extract<Offer, { kind: 'prompt' }>['event']) {
    await event.prompt()
    const { outcome } = await event.userChoice
    // The browser offers a used prompt only once; a declined one may come back another day.
    setOffer(null)
    if (outcome === 'accepted') installAnswerStore.set('installed')
  }
  return (
    <section className="install-offer" aria-label={t('install.label')}>
      {offer.kind === 'prompt' ? (
        <>
          <p className="install-offer__text">{t('install.body')}</p>
          <button type="button" className="button" onClick={() => void install(offer.event)}>
            {t('install.action')}
          </button>
        </>
      ) : (
        <p className="install-offer__text">{t('install.iosHint')}</p>
      )}
      <button type="button" className="button button--quiet" onClick={() => installAnswerStore.set('not-now')}>
        {t('install.notNow')}
      </button>
    </section>
  )
}
