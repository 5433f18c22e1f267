// Jest 30 + ts-jest 29 in native ESM mode. Run through `npm run test:jest`, which sets
// NODE_OPTIONS=--experimental-vm-modules (required for ESM test files).
//
// ts-jest compiles each file on its own (transpile only, no type check: `npm run typecheck` does
// that) because tsconfig.base.json sets `isolatedModules: true`; ts-jest 29.4 takes it from the
// tsconfig (its own `isolatedModules` option is deprecated). Decorators and their metadata
// (experimentalDecorators, emitDecoratorMetadata) come from the tsconfig as well.

import { existsSync, mkdirSync } from 'node:fs';

// `npm run test:jest` writes its JSON results to var/jest-results.json (read by .ci/run); Jest does
// not create the folder itself, and var/ is git-ignored, so a fresh clone lacks it.
mkdirSync(new URL('./var', import.meta.url), { recursive: true });

// Jest refuses a `roots` entry that does not exist (git keeps no empty folders, e.g. test/).
const roots = ['apps', 'libs', 'test'].filter((dir) => existsSync(new URL(`./${dir}`, import.meta.url)));

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: roots.map((dir) => `<rootDir>/${dir}`),
  testMatch: ['**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    // The libs' public surfaces, as in tsconfig.base.json `paths`.
    '^@leadline/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    // Sub-entries such as `@leadline/shared-kernel/domain` -> libs/shared-kernel/src/domain/index.ts
    '^@leadline/([a-z-]+)/([a-z-]+)$': '<rootDir>/libs/$1/src/$2/index.ts',
    // libphonenumber-js's ESM build imports its metadata JSON without import attributes, which jest
    // warns about a dozen times per file; its CommonJS build is the same code without the noise.
    '^libphonenumber-js$': '<rootDir>/node_modules/libphonenumber-js/index.cjs',
    '^libphonenumber-js/max$': '<rootDir>/node_modules/libphonenumber-js/max/index.cjs',
    // ESM relative imports carry `.js`; the sources are `.ts`.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testTimeout: 60000,
  // Files run in parallel, each jest worker against its own database (cloned from a migrated
  // template) and its own queue prefix: every test app's relays serve every tenant of their database.
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  setupFilesAfterEnv: ['<rootDir>/test/support/worker-database.ts'],
  maxWorkers: Number(process.env.JEST_WORKERS ?? 3),
};
