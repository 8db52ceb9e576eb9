/**
 * The app's own Vite config, built from another public folder (another data set) with a label in
 * its entry chunk, so two "deployments" differ both in data and in code (different chunk hashes),
 * as two real releases would. Used by e2e/support/buildVersions.ts only.
 */
import { mergeConfig, type Plugin } from 'vite'
import base from '../../vite.config.ts'

const label = process.env['SAHIFA_BUILD_LABEL'] ?? 'test'

function labelEntryChunk(): Plugin {
  return {
    name: 'sahifa-test-build-label',
    renderChunk: (code, chunk) =>
      chunk.isEntry ? `${code}\nglobalThis.sahifaTestBuild = ${JSON.stringify(label)};\n` : null,
  }
}

export default mergeConfig(base, {
  publicDir: process.env['SAHIFA_PUBLIC_DIR'] ?? 'public',
  plugins: [labelEntryChunk()],
})
