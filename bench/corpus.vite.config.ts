/**
 * The app built as it would be deployed with a benchmark corpus: the project's own Vite config
 * (prerendering, service worker, CSP …) with the corpus's ingest output as its data. The bench
 * places that data in BENCH_OUT_DIR/data first (not emptied), and points publicDir at a copy of
 * public/ without data/, so the seed data never mixes in. Run by scripts/bench/corpusBuild.ts.
 */
import { defineConfig, mergeConfig } from 'vite'
import projectConfig from '../vite.config.ts'

const outDir = process.env['BENCH_OUT_DIR']
const publicDir = process.env['BENCH_PUBLIC_DIR']
if (!outDir || !publicDir) throw new Error('bench/corpus.vite.config.ts needs BENCH_OUT_DIR and BENCH_PUBLIC_DIR')

export default mergeConfig(
  projectConfig,
  defineConfig({ publicDir, build: { outDir, emptyOutDir: false }, logLevel: 'warn' }),
)
