import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { LegacyImport } from './application/import-legacy/import-legacy.js';

/**
 * The inbound adapter for a legacy database in the seeds' schema (contract §14). Only the command
 * line wires it in; it reads crm-domain through its queries and writes set-based (see LegacyImport).
 */
@Module({
  imports: [CqrsModule],
  providers: [LegacyImport],
  exports: [LegacyImport],
})
export class LegacyImportModule {}
