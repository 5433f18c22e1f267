/**
 * Architecture boundaries for the Leadline monorepo, checked by `npm run boundaries`
 * (`depcruise apps libs --config .dependency-cruiser.cjs`), which is part of `npm test`.
 *
 * Layout: apps/<app>/src, libs/<lib>/src/{domain,application,infrastructure}, each lib's one
 * public surface being libs/<lib>/src/index.ts (imported as `@leadline/<lib>`).
 *
 * Paths in the rules are the resolved paths of the files, relative to the repository root.
 * npm packages resolve to node_modules/<pkg>/..., node builtins have the dependency type 'core'.
 */

// A module under a domain/ folder. Group 1: the owning app/lib's src folder (used by the rule's
// `to` as $1, so "own domain" means any domain/ folder of the same app or lib).
const DOMAIN_FILE = '^((?:libs|apps)/[^/]+/src)/(?:|.*/)domain/';

// Spec files next to domain code may use test helpers; the purity rule is about production code.
const SPEC_FILE = '\\.spec\\.ts$';

const SHARED_KERNEL_DOMAIN = '^libs/shared-kernel/src/domain/';
// The shared kernel's domain has its own published entry (`@leadline/shared-kernel/domain`).
const SHARED_KERNEL_DOMAIN_ENTRY = '^libs/shared-kernel/src/domain/index\\.ts$';
// The types-only library of events read across contexts: domain code may name those shapes.
const INTEGRATION_EVENTS = '^libs/integration-events/src/index\\.ts$';

// npm packages a domain file may import: pure, framework-free helpers only.
const DOMAIN_ALLOWED_PACKAGES = '(?:^|/)node_modules/(?:uuid|libphonenumber-js|json-logic-js|luxon)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'Domain code is framework-free. A file in a domain/ folder may only import: other domain files ' +
        'of its own lib, libs/shared-kernel/src/domain/** (via `@leadline/shared-kernel/domain`; the ' +
        '`@leadline/shared-kernel` index also exports infrastructure, so it is not allowed), the npm packages uuid, libphonenumber-js, json-logic-js and luxon (time zones), and node ' +
        'builtins (node:crypto, ...). No @nestjs/*, @mikro-orm/*, bull, ioredis, axios, pg, pino, ' +
        'class-validator/-transformer, express, openai, application/ or infrastructure/ code, or ' +
        'other libs. Move framework concerns to application/ or infrastructure/.',
      from: { path: DOMAIN_FILE, pathNot: SPEC_FILE },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: ['^$1/(?:|.*/)domain/', SHARED_KERNEL_DOMAIN, INTEGRATION_EVENTS, DOMAIN_ALLOWED_PACKAGES],
      },
    },
    {
      name: 'no-reaching-into-other-libs',
      severity: 'error',
      comment:
        "Import another lib only through its public surface `@leadline/<lib>` (libs/<lib>/src/index.ts), " +
        'or the shared kernel domain entry `@leadline/shared-kernel/domain` ' +
        '(libs/shared-kernel/src/domain/index.ts), never a file inside it. Export what you need ' +
        'from that index instead.',
      from: { path: '^((?:libs|apps)/[^/]+)/', pathNot: DOMAIN_FILE },
      to: {
        path: '^libs/[^/]+/src/',
        pathNot: ['^$1/', '^libs/[^/]+/src/index\\.ts$', SHARED_KERNEL_DOMAIN_ENTRY],
      },
    },
    {
      // Same rule for domain files, which may in addition import the shared kernel's domain
      // directly (its index re-exports infrastructure, which domain code must not load).
      name: 'no-reaching-into-other-libs',
      severity: 'error',
      comment:
        "Import another lib only through its public surface `@leadline/<lib>` (libs/<lib>/src/index.ts). " +
        'Domain files may also import libs/shared-kernel/src/domain/** directly ' +
        '(preferably via `@leadline/shared-kernel/domain`).',
      from: { path: '^((?:libs|apps)/[^/]+)/src/(?:|.*/)domain/' },
      to: {
        path: '^libs/[^/]+/src/',
        pathNot: ['^$1/', '^libs/[^/]+/src/index\\.ts$', SHARED_KERNEL_DOMAIN],
      },
    },
    {
      name: 'no-orm-in-application',
      severity: 'error',
      comment:
        'Use cases load and save through repositories and stores, and read through the read helper ' +
        '(TenantReader); MikroORM stays in infrastructure/. An application/ file may not import @mikro-orm/*.',
      from: { path: '^libs/[^/]+/src/application/' },
      to: { path: '(?:^|/)node_modules/@mikro-orm/' },
    },
    {
      name: 'crm-domain-never-imports-telephony',
      severity: 'error',
      comment:
        'Contract rule: the CRM and telephony contexts couple only through published events, ' +
        'so nothing in libs/crm-domain may import libs/telephony (not even its index).',
      from: { path: '^libs/crm-domain/' },
      to: { path: '^libs/telephony/' },
    },
    {
      name: 'libs-never-import-odoo-adapter',
      severity: 'error',
      comment:
        'The Odoo adapter is an outer layer: only apps wire it in. No lib other than ' +
        'libs/odoo-adapter itself may import it.',
      from: { path: '^libs/', pathNot: '^libs/odoo-adapter/' },
      to: { path: '^libs/odoo-adapter/' },
    },
    {
      name: 'libs-never-import-legacy-import',
      severity: 'error',
      comment:
        'The legacy import is an outer layer (an inbound adapter that writes set-based into other ' +
        "contexts' tables): only apps wire it in. No other lib may import libs/legacy-import.",
      from: { path: '^libs/', pathNot: '^libs/legacy-import/' },
      to: { path: '^libs/legacy-import/' },
    },
    {
      name: 'openai-only-in-its-vendor-folder',
      severity: 'error',
      comment:
        'Vendor code lives in one folder per provider: the official `openai` client is used only under ' +
        'libs/ai-agent/src/infrastructure/openai/ (other code asks AiConnections for a client, or a port).',
      from: { path: '^(?:libs|apps)/', pathNot: '^libs/ai-agent/src/infrastructure/(?:openai/|ai-connections\\.ts$)' },
      to: { path: '(?:^|/)node_modules/openai/' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      comment: 'Libraries must not depend on applications.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'worker-does-not-import-api',
      severity: 'error',
      comment: 'apps/worker must not import apps/api: share code through a lib instead.',
      from: { path: '^apps/worker/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'api-does-not-import-worker',
      severity: 'error',
      comment:
        'apps/api must not import apps/worker: share code through a lib instead. The one exception ' +
        'is the combined entry point apps/api/src/main-all.ts, which boots both.',
      from: { path: '^apps/api/', pathNot: '^apps/api/src/main-all\\.ts$' },
      to: { path: '^apps/worker/' },
    },
    {
      name: 'cli-does-not-import-other-apps',
      severity: 'error',
      comment: 'apps/cli must not import apps/api or apps/worker: share code through a lib instead.',
      from: { path: '^apps/cli/' },
      to: { path: '^apps/(?:api|worker)/' },
    },
    {
      name: 'apps-do-not-import-cli',
      severity: 'error',
      comment: 'apps/api and apps/worker must not import apps/cli: share code through a lib instead.',
      from: { path: '^apps/(?:api|worker)/' },
      to: { path: '^apps/cli/' },
    },
    {
      name: 'no-circular-libs',
      severity: 'error',
      comment:
        'Libs must not depend on each other in a cycle (lib A imports lib B and B, directly or via ' +
        'other libs, imports A). Cycles between files inside one lib are not checked here.',
      scope: 'folder',
      from: { path: '^libs/([^/]+)/src$' },
      to: { path: '^libs/[^/]+/src$', pathNot: '^libs/$1/src$', circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'This import cannot be resolved to a file or package: a typo, a missing .js suffix target, ' +
        'or a package missing from package.json.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:dist|coverage|var)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // dependency-cruiser 17 maps TypeScript ESM `./x.js` imports onto `./x.ts` by itself
    // (its schema does not accept enhanced-resolve's `extensionAlias`). The options below make
    // packages that only publish an `exports` map (e.g. uuid) resolve, so that
    // not-to-unresolvable only fires for real mistakes.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
