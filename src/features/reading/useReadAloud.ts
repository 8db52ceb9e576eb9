import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'

export type ReadAloudState = 'idle' | 'playing' | 'paused'

function speech(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined
}

function subscribeVoices(listener: () => void): () => void {
  const synth = speech()
  synth?.addEventListener('voiceschanged', listener)
  return () => synth?.removeEventListener('voiceschanged', listener)
}

function arabicVoice(): SpeechSynthesisVoice | null {
  return (
    speech()
      ?.getVoices()
      .find((voice) => voice.lang.toLowerCase().startsWith('ar')) ?? null
  )
}

/** Whether the browser has an Arabic voice (voices can arrive after the page loads). */
function useHasArabicVoice(): boolean {
  return useSyncExternalStore(
    subscribeVoices,
    () => arabicVoice() !== null,
    () => false,
  )
}

/**
 * Reads paragraphs aloud one after another with an Arabic voice, reporting which one is being
 * read. Each start gets a new session number, so the end events of a stopped reading (the
 * browser fires them on cancel) cannot move a newer one along.
 */
export function useReadAloud(paragraphs: readonly string[], onParagraph: (index: number | null) => void) {
  const available = useHasArabicVoice()
  const [state, setState] = useState<ReadAloudState>('idle')
  const session = useRef(0)

  const stop = useCallback(() => {
    session.current += 1
    speech()?.cancel()
    setState('idle')
    onParagraph(null)
  }, [onParagraph])

  // Reads from `start` on while `current` is the session: each paragraph's end starts the next.
  const speakFrom = useCallback(
    (start: number, current: number) => {
      const speakAt = (index: number) => {
        const synth = speech()
        const voice = arabicVoice()
        const text = paragraphs[index]
        if (synth === undefined || voice === null || text === undefined || current !== session.current) {
          if (current === session.current) stop()
          return
        }
        const utterance = new SpeechSynthesisUtterance(text)
        utterance.voice = voice
        utterance.lang = voice.lang
        utterance.onend = () => speakAt(index + 1)
        utterance.onerror = () => {
          if (current === session.current) stop()
        }
        onParagraph(index)
        synth.speak(utterance)
      }
      speakAt(start)
    },
    [paragraphs, onParagraph, stop],
  )

  const play = useCallback(() => {
    const synth = speech()
    if (state === 'paused') {
      synth?.resume()
      setState('playing')
      return
    }
    session.current += 1
    synth?.cancel()
    setState('playing')
    speakFrom(0, session.current)
  }, [state, speakFrom])

  const pause = useCallback(() => {
    speech()?.pause()
    setState('paused')
  }, [])

  // Leaving the article stops the voice.
  useEffect(
    () => () => {
      session.current += 1
      speech()?.cancel()
    },
    [],
  )

  return { available, state, play, pause, stop }
}
