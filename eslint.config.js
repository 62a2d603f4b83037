// Lint: typescript-eslint plus the dependency arrows of ARCHITECTURE.md.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'worker_threads',
  'url',
  'stream',
  'events',
  'util',
  'http',
  'https',
  'net',
  'zlib',
  'buffer',
  'process',
];
const nodePatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-output/**', 'cli/bin.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // core/ is the domain: no Electron, no Node built-ins, no DOM frameworks, no outer folder.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodePatterns, message: 'core/ imports no Node built-ins: pass what you need in as arguments.' },
            { group: ['electron', 'electron/*', 'electron-store'], message: 'core/ imports nothing from Electron.' },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tiptap/react'],
              message: 'core/ imports no React.',
            },
            {
              group: ['**/electron/**', '**/renderer/**', '**/cli/**', '**/bench/**', '**/tests/**'],
              message: 'core/ imports no outer folder.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'require',
        '__dirname',
      ],
    },
  },
  {
    // React's rules of hooks, where React is used: the renderer and its tests.
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // renderer/ talks to main only through window.byline; it may import types from electron/ or cli/, nothing else.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/cli/**'],
              message: 'renderer/ imports no main-process or CLI code (types only).',
              allowTypeImports: true,
            },
            { group: nodePatterns, message: 'renderer/ runs in a sandboxed page: no Node built-ins.' },
            {
              group: ['electron', 'electron/*', 'electron-store'],
              message: 'renderer/ reaches Electron only through the preload API.',
            },
          ],
        },
      ],
    },
  },
);
