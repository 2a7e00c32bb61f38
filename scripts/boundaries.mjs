/**
 * Import boundaries from the architecture map, as ESLint `no-restricted-imports`
 * rules. Kept in one module so the lint config and the test that proves a
 * violation fails (test/unit/boundaries.test.ts) use the same definitions.
 */

const react = ['react', 'react-dom', 'react-dom/*', 'react/*', 'dexie-react-hooks'];
// Virtual modules like astro:content are not paths, so they are matched by regex.
const astroVirtual = { regex: '^astro:' };
const dexie = ['dexie', 'dexie/*', 'dexie-react-hooks'];
const dexieOnlyInDb = 'Only src/db imports Dexie: add a named function there and call it.';
const nodeBuiltins = { regex: '^(node:|fs$|path$|child_process$|worker_threads$)' };

/**
 * @param {string} message
 * @param {string[] | { regex: string }} match a gitignore-style group or a regex
 */
const pattern = (message, match) => (Array.isArray(match) ? { group: match, message } : { ...match, message });

/** @type {{ name: string, files: string[], ignores?: string[], patterns: ({ group: string[], message: string, allowTypeImports?: boolean } | { regex: string, message: string })[] }[]} */
export const boundaries = [
  {
    name: 'lib is pure',
    files: ['src/lib/**/*.{ts,tsx}'],
    patterns: [
      pattern('src/lib is framework-free: no React here; bind to it from src/islands.', react),
      pattern('src/lib is framework-free: no astro:* modules here; read content in src/data.', astroVirtual),
      pattern(`src/lib must not touch IndexedDB. ${dexieOnlyInDb}`, dexie),
      pattern(
        'src/lib runs in the browser too: no Node built-ins; put file access in src/data or scripts.',
        nodeBuiltins,
      ),
      // Types may cross (e.g. the runner's RunResult); code may not.
      {
        ...pattern('src/lib must not depend on the app layers.', [
          '**/db/**',
          '**/runner/**',
          '**/islands/**',
          '**/components/**',
        ]),
        allowTypeImports: true,
      },
    ],
  },
  {
    name: 'only db imports Dexie',
    files: ['src/**/*.{ts,tsx,astro}', 'scripts/**/*.{js,mjs,ts}'],
    // These folders have their own entry below (which repeats the Dexie rule):
    // ESLint replaces, not merges, a rule's options when two entries match a file.
    ignores: ['src/db/**', 'src/lib/**', 'src/pages/**', 'src/layouts/**'],
    patterns: [pattern(dexieOnlyInDb, ['dexie', 'dexie/*'])],
  },
  {
    name: 'pages stay thin',
    files: ['src/pages/**/*.{ts,astro}', 'src/layouts/**/*.{ts,astro}'],
    patterns: [
      pattern('Pages and layouts never import db or runner: use an island or component.', [
        '**/db/**',
        '**/db',
        '**/runner/**',
        '**/runner',
      ]),
      pattern(dexieOnlyInDb, ['dexie', 'dexie/*']),
    ],
  },
  {
    name: 'db is UI-free',
    files: ['src/db/**/*.{ts,tsx}'],
    patterns: [
      pattern('src/db holds data access only: no React components or runner here.', [
        '**/islands/**',
        '**/components/**',
        '**/runner/**',
      ]),
      pattern('src/db must not import astro:* modules.', astroVirtual),
    ],
  },
];

/**
 * ESLint flat-config entries for the boundaries.
 * @type {import('eslint').Linter.Config[]}
 */
export const boundaryRules = boundaries.map((b) => ({
  files: b.files,
  ...(b.ignores ? { ignores: b.ignores } : {}),
  // The typescript-eslint variant understands `import type`, which may cross boundaries.
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: b.patterns }] },
}));
