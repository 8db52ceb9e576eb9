import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { initialFiles, measureHome } from './bundle-budget.ts'

let dist: string

beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'budget-'))
  mkdirSync(path.join(dist, 'assets'))
  const write = (file: string, text: string) => writeFileSync(path.join(dist, file), text)
  write(
    'index.html',
    '<head><script src="/assets/boot.js" data-prerendered-for="/"></script><script type="module" crossorigin src="/assets/entry.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/shared.js"><link rel="stylesheet" crossorigin href="/assets/app.css"></head>',
  )
  write('assets/boot.js', 'document.documentElement.dataset.theme="dark"')
  write('assets/entry.js', 'import{a}from"./shared.js";import"./side.js";const r=()=>import("./route.js");a(r)')
  write('assets/shared.js', 'import{b}from"./deep.js";export const a=b')
  write('assets/deep.js', `export const b=(x)=>x;/*${'x'.repeat(4000)}*/`)
  write('assets/side.js', 'window.side=1')
  write('assets/route.js', `export default 1;/*${'y'.repeat(50000)}*/`)
  write('assets/app.css', 'body{margin:0}')
})

afterEach(() => rmSync(dist, { recursive: true, force: true }))

describe('the home page bundle budget', () => {
  it('counts the entry, its static imports however deep, the boot script and the styles, not lazy routes', () => {
    expect(initialFiles(dist)).toEqual([
      'assets/app.css',
      'assets/boot.js',
      'assets/deep.js',
      'assets/entry.js',
      'assets/shared.js',
      'assets/side.js',
    ])
  })

  it('fails when the gzipped total is over the budget', () => {
    const report = measureHome(dist, 0.05)
    expect(report.totalKb).toBeGreaterThan(0.05)
    expect(report.withinBudget).toBe(false)
    expect(measureHome(dist, 10).withinBudget).toBe(true)
  })
})
