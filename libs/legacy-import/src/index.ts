export * from './domain/import-report.js';
export * from './application/import-legacy/import-legacy.js';
export * from './application/verify/seed-000-checks.js';
export { LegacyImportModule } from './legacy-import.module.js';
