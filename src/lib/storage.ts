/**
 * What the app keeps on the device (reading settings, saved articles, read marks, reading
 * positions): JSON in localStorage, validated on the way in. Storage is never trusted:
 * a missing, corrupt or unreadable value is the fallback, and a write that fails (quota, private
 * mode) keeps the value for this visit and says so to the caller, which decides whether the
 * reader needs to hear about it.
 */
import { useSyncExternalStore } from 'react'
import type { z } from 'zod/mini'

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>

/**
 * What a stored JSON value must be: a zod schema, or a function that returns the value it accepts
 * and `undefined` for one it refuses. The first screen's stores (read marks, reading settings) use
 * functions, so the home page's JavaScript carries no zod; the other stores use schemas.
 */
export type StoredShape<T> = z.ZodMiniType<T> | ((stored: unknown) => T | undefined)

function accepted<T>(shape: StoredShape<T>, stored: unknown): T | undefined {
  if (typeof shape === 'function') return shape(stored)
  const parsed = shape.safeParse(stored)
  return parsed.success ? parsed.data : undefined
}

function defaultStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

export function readStored<T>(key: string, shape: StoredShape<T>, fallback: T, storage = defaultStorage()): T {
  try {
    const raw = storage?.getItem(key)
    if (raw === null || raw === undefined) return fallback
    const value = accepted(shape, JSON.parse(raw))
    return value === undefined ? fallback : value
  } catch {
    return fallback
  }
}

/** True when the value reached the device; false when storage refused it (full or blocked). */
export function writeStored(key: string, value: unknown, storage = defaultStorage()): boolean {
  try {
    if (storage === undefined) return false
    storage.setItem(key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

export interface DeviceStore<T> {
  get: () => T
  /** The value before the device is read: what a prerendered page was rendered with. */
  fallback: T
  /** Takes effect at once in every component; returns false when the device refused to keep it. */
  set: (next: T) => boolean
  subscribe: (listener: () => void) => () => void
}

/** One stored value shared by every component that reads it, read from storage once, lazily. */
export function createDeviceStore<T>(key: string, shape: StoredShape<T>, fallback: T): DeviceStore<T> {
  let value: { current: T } | null = null
  const listeners = new Set<() => void>()
  const get = () => (value ??= { current: readStored(key, shape, fallback) }).current
  return {
    get,
    fallback,
    set(next) {
      value = { current: next }
      for (const listener of listeners) listener()
      return writeStored(key, next)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export function useDeviceStore<T>(store: DeviceStore<T>): T {
  // Hydrating a prerendered page renders with the fallback first (as the build did), then with
  // the device's value, so saved marks never make the markup mismatch.
  return useSyncExternalStore(store.subscribe, store.get, () => store.fallback)
}
