import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const sqlOutsideStores = [
  { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'SQL belongs in a store: src/lib/<concept>/store.ts.' },
  { group: ['**/db/schema/*'], message: 'Tables are read and written by stores: src/lib/<concept>/store.ts.' },
];
// Text typed by others reaches CSV files and workbooks only through the one writer, which keeps
// spreadsheets from running it as a formula (src/lib/spreadsheets/spreadsheet-files.ts).
const spreadsheetWriters = {
  group: ['csv-stringify', 'csv-stringify/*', 'write-excel-file', 'write-excel-file/*'],
  message: 'Write CSV files and workbooks with csvFile or workbookFile (src/lib/spreadsheets/spreadsheet-files.ts).',
};
const spreadsheetWriter = 'src/lib/spreadsheets/spreadsheet-files.ts';
const storesFromPureRules = {
  group: ['**/store.ts', '**/*-store.ts'],
  message: 'Pure rules take what they need as arguments; the page or a store reads the database.',
};

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'data/', 'node_modules/', 'test-results/', 'playwright-report/', 'db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // What may import what (README, "How the code is organised"): a concept's SQL lives only in its
  // store (src/lib/<concept>/store.ts or *-store.ts); pure rules in src/lib import no store.
  {
    files: ['src/**', 'scripts/**'],
    // The bench's generator writes national-size fixtures straight into the tables.
    ignores: ['src/lib/**', 'scripts/bench/national-data.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...sqlOutsideStores, spreadsheetWriters] }] },
  },
  {
    files: ['scripts/bench/national-data.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [spreadsheetWriters] }] },
  },
  {
    files: ['src/lib/**'],
    ignores: ['src/lib/**/store.ts', 'src/lib/**/*-store.ts', spreadsheetWriter],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...sqlOutsideStores, storesFromPureRules, spreadsheetWriters] }],
    },
  },
  {
    files: ['src/lib/**/store.ts', 'src/lib/**/*-store.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [spreadsheetWriters] }] },
  },
  {
    files: [spreadsheetWriter],
    rules: { 'no-restricted-imports': ['error', { patterns: [...sqlOutsideStores, storesFromPureRules] }] },
  },
  {
    // Text has one home per language, and it knows nothing of the domain: files in src/lib/i18n/
    // import only from src/lib/i18n/ (not even a domain's types, nor a package). Closed
    // vocabularies are literal keys there; tests/unit/vocabulary-messages.test.ts holds them to the
    // domain's values. Anything not starting with ./ (or ../ from vi/ and en/), or climbing out
    // with .., is refused. This is typescript-eslint's form of no-restricted-imports, a separate
    // rule id from the SQL rule above, so that neither block replaces the other's options where
    // both apply.
    files: ['src/lib/i18n/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./(?!.*\\.\\.)).*', message: 'src/lib/i18n/ imports only from src/lib/i18n/.' }] },
      ],
    },
  },
  {
    files: ['src/lib/i18n/*/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!(\\./|\\.\\./)(?!.*\\.\\.)).*',
              message: 'src/lib/i18n/ imports only from src/lib/i18n/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Domain code (src/lib/<concept>/, stores included) never reads a catalogue: it returns codes
    // and values for a page or component to translate, or takes the words it writes in as a
    // parameter typed by what it needs (e.g. ReceiptWords), which pages fill with messagesFor() or
    // catalogues. The catalogues are vi.ts, en.ts, their vi/ and en/ namespaces, and messages.ts,
    // which hands them out. The helpers beside them hold no message and stay importable:
    // locales.ts (locales and localized paths), format.ts (numbers, đồng, dates, lists),
    // template.ts (filling a template's blanks) and compare-text.ts (Vietnamese ordering).
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/i18n/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/i18n/vi.ts', '**/i18n/en.ts', '**/i18n/messages.ts', '**/i18n/vi/*', '**/i18n/en/*'],
              message:
                'Domain code imports no catalogue: return codes for the page to translate, or take the words as a parameter.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { globals: { ...globals.browser }, parserOptions: { parser: tseslint.parser } },
  },
);
