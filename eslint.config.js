// ESLint flat config (ESLint 10, typescript-eslint 8). Run by `npm run lint` (`eslint .`), part of
// `npm test`. Uses typescript-eslint's non-type-checked `recommended` set to stay fast on 2 cores.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Inline global lists (the `globals` package is not a dependency).
const readonly = (names) => Object.fromEntries(names.map((name) => [name, 'readonly']));

const nodeGlobals = readonly([
  'AbortController',
  'AbortSignal',
  'Blob',
  'Buffer',
  'BroadcastChannel',
  'TextDecoder',
  'TextEncoder',
  'URL',
  'URLSearchParams',
  'clearImmediate',
  'clearInterval',
  'clearTimeout',
  'console',
  'crypto',
  'fetch',
  'FormData',
  'global',
  'globalThis',
  'Headers',
  'performance',
  'process',
  'queueMicrotask',
  'Request',
  'Response',
  'setImmediate',
  'setInterval',
  'setTimeout',
  'structuredClone',
]);

const commonJsGlobals = readonly(['require', 'module', 'exports', '__dirname', '__filename']);

// Jest globals (injectGlobals is on by default). The skipping/focusing aliases (xit, fit, ...) are
// declared too so that no-restricted-globals below can report them by name.
const jestGlobals = readonly([
  'afterAll',
  'afterEach',
  'beforeAll',
  'beforeEach',
  'describe',
  'expect',
  'it',
  'jest',
  'test',
  'fdescribe',
  'fit',
  'xdescribe',
  'xit',
  'xtest',
]);

const NO_SKIPPED_TESTS = 'The project forbids skipped or focused tests: remove the modifier (or the test).';

export default defineConfig(
  globalIgnores([
    'dist/**',
    // Generated from /docs-json by openapi-typescript (npm run openapi:client); a test keeps it current.
    'clients/typescript/leadline-api.ts',
    'node_modules/**',
    'coverage/**',
    'bench/results/**',
    'var/**',
  ]),

  tseslint.configs.recommended,

  {
    name: 'leadline/base',
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          // `const { omitted, ...rest } = obj` is the idiomatic way to drop a property.
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },

  {
    name: 'leadline/no-console-in-app-code',
    files: ['apps/**', 'libs/**'],
    // Entry points print start-up failures before the logger exists.
    ignores: ['apps/*/src/main*.ts', 'apps/api/src/migrate.ts'],
    rules: { 'no-console': 'error' },
  },

  {
    name: 'leadline/tests',
    files: ['**/*.spec.ts', 'test/**'],
    languageOptions: { globals: { ...nodeGlobals, ...jestGlobals } },
    rules: {
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test'].flatMap((object) =>
          ['skip', 'only'].map((property) => ({ object, property, message: NO_SKIPPED_TESTS })),
        ),
      ],
      'no-restricted-globals': [
        'error',
        ...['xit', 'xdescribe', 'xtest', 'fit', 'fdescribe'].map((name) => ({
          name,
          message: NO_SKIPPED_TESTS,
        })),
      ],
    },
  },

  {
    name: 'leadline/node-scripts',
    files: [
      'bench/**/*.{js,mjs,cjs}',
      'scripts/**/*.{js,mjs,cjs}',
      '.ci/**/*.{js,mjs,cjs}',
      '*.{js,mjs,cjs}',
    ],
    languageOptions: { globals: nodeGlobals },
  },

  {
    name: 'leadline/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, ...commonJsGlobals } },
    rules: {
      // CommonJS config files (e.g. .dependency-cruiser.cjs) have to use require/module.exports.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
