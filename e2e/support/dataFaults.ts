/**
 * Faults a data request can meet on its way (route interception): what a broken server, a broken
 * network or a broken ingest does to one file under /data/. A fault can be cleared, after which
 * the same route passes the request through to the real server, so a test can check that Retry
 * recovers.
 */
import type { Page, Route } from '@playwright/test'
import { SCHEMA_VERSION } from '@/core/schema.ts'

export type DataFault = '404' | '500' | 'timeout' | 'truncated JSON' | 'schema mismatch'
export const DATA_FAULTS: readonly DataFault[] = ['404', '500', 'timeout', 'truncated JSON', 'schema mismatch']

/** A file a newer or older ingest might write: same shape at a glance, not this contract. */
function breakContract(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return { unexpected: true }
  if ('schemaVersion' in json) return { ...json, schemaVersion: SCHEMA_VERSION + 1 }
  if ('items' in json) return { ...json, items: [{ id: 'Not An Id', title: 42 }] }
  return { unexpected: true }
}

async function answerWithFault(route: Route, fault: DataFault): Promise<void> {
  switch (fault) {
    case '404':
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
    case '500':
      return route.fulfill({ status: 500, contentType: 'text/plain', body: 'internal error' })
    case 'timeout':
      return // never answered: the request hangs until the app gives up on it
    case 'truncated JSON': {
      const body = await (await route.fetch()).text()
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: body.slice(0, Math.floor(body.length / 2)),
      })
    }
    case 'schema mismatch': {
      const json: unknown = await (await route.fetch()).json()
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(breakContract(json)) })
    }
  }
}

export interface InjectedFault {
  /** How many requests met the fault so far. */
  readonly hits: () => number
  /** From now on the file is served as it really is. */
  clear: () => void
}

export async function injectFault(page: Page, pattern: string, fault: DataFault): Promise<InjectedFault> {
  let active = true
  let hits = 0
  await page.route(pattern, async (route) => {
    if (!active) return route.fallback()
    hits++
    return answerWithFault(route, fault)
  })
  return {
    hits: () => hits,
    clear: () => {
      active = false
    },
  }
}
