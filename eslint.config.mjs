import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const node = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'http', 'url', 'stream']

// The import rules of the architecture: shared/ is pure, the backend (services, db, bridge, demo)
// never sees Electron, the database folder sees no services,
// the renderer reaches only shared/ and its own files.
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    // CommonJS preload scripts for child processes in tests.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: node, message: 'shared/ is pure TypeScript: no Node modules.' },
          { group: ['electron', 'react', 'react-dom', 'antd'], message: 'shared/ imports no Electron and no UI.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
        ],
      }],
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron'], message: 'The backend runs in plain Node: reach Electron through an injected port.' },
          { group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/security/**'], message: 'The backend does not import the app shell or the renderer.' },
        ],
      }],
    },
  },
  {
    files: ['electron/backend/services/**/*.ts', 'electron/backend/demo/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron'], message: 'The backend runs in plain Node: reach Electron through an injected port.' },
          { group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/security/**'], message: 'The backend does not import the app shell or the renderer.' },
          { group: ['**/bridge/**'], message: 'Services do not know the transport that calls them.' },
        ],
      }],
    },
  },
  {
    files: ['electron/backend/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron'], message: 'The database folder runs in plain Node.' },
          { group: ['**/services/**', '**/demo/**', '**/bridge/**', '**/renderer/**', '**/main/**'], message: 'The database folder imports nothing from services, demo or bridge.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: node, message: 'The renderer is sandboxed: no Node modules.' },
          { group: ['electron', '**/electron/**'], message: 'The renderer reaches the main process only through the api client.' },
        ],
      }],
    },
  },
)
