// ESLint flat config: the project's guard rails, run by `npm test` (scripts/test-all.ts).
// The layer rules are docs/architecture.md's "who may import whom", written as lint errors.
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import tanstackQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** Relative imports stay inside a folder and its parent; anything further is named from `@/`. */
const NO_CLIMBING = { group: ['../../*'], message: 'Import across folders with the @/ alias.' }

/** An import rule for files matching `files`: none of `groups`, and no climbing. */
function forbid(files, groups, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_CLIMBING, { group: groups, message }] }],
    },
  }
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'public/', 'test-results/', 'playwright-report/', '.corpora/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...tanstackQuery.configs['flat/recommended'],
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Arabic text rules name combining marks and control characters in classes on purpose
      // (core/arabic/normalize.ts, ingest/parse/cleanText.ts): each class is a set of code points.
      'no-misleading-character-class': 'off',
      'no-control-regex': 'off',
    },
  },
  { files: ['src/**'], rules: { 'no-restricted-imports': ['error', { patterns: [NO_CLIMBING] }] } },
  // Layers: core is the contract and the Arabic text rules, shared by the app and the ingest.
  forbid(
    ['src/core/**'],
    ['@/app/*', '@/ingest/*', '@/features/*', '@/components/*', '@/lib/*', '@/corpus/*'],
    'core imports nothing above it.',
  ),
  // The ingest runs in Node; it never reaches into the app, and ships no test corpus.
  forbid(
    ['src/ingest/**'],
    ['@/app/*', '@/features/*', '@/components/*', '@/lib/*', '@/pwa/*'],
    'The ingest does not import the app.',
  ),
  {
    files: ['src/ingest/**'],
    ignores: ['**/*.test.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_CLIMBING,
            {
              group: ['@/app/*', '@/features/*', '@/components/*', '@/lib/*', '@/pwa/*'],
              message: 'The ingest does not import the app.',
            },
            { group: ['@/corpus/*'], message: 'Production ingest does not import the test corpora.' },
          ],
        },
      ],
    },
  },
  // Shared app code (components, lib) knows no feature and no route.
  forbid(
    ['src/components/**', 'src/lib/**', 'src/config/**', 'src/pwa/**'],
    ['@/app/*', '@/ingest/*', '@/features/*'],
    'Shared code imports no feature.',
  ),
  // A feature never imports another: what two features share moves to components/ or lib/.
  ...features.map((feature) =>
    forbid(
      [`src/features/${feature}/**`],
      [
        '@/app/*',
        '@/ingest/*',
        ...features.filter((other) => other !== feature).map((other) => `@/features/${other}/*`),
      ],
      `The ${feature} feature imports no other feature and not the app.`,
    ),
  ),
  {
    // Tests and scripts may reach anywhere; Playwright's fixture `use` is not React's hook.
    files: ['e2e/**', 'scripts/**', 'bench/**', '**/*.test.{ts,tsx}'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
)
