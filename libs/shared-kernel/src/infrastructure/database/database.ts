import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type EntitySchema, type Options } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config/app-config.js';
import { DeadLetterSchema } from '../events/dead-letters.js';
import { OutboxEventSchema } from '../outbox/outbox.js';
import { Migration20261123000000Foundation } from './migrations/Migration20261123000000_foundation.js';
import { Migration20261124000100IntegrationSettings } from './migrations/Migration20261124000100_integration_settings.js';
import { Migration20261124000200Calls } from './migrations/Migration20261124000200_calls.js';
import { Migration20261124000250ReferenceData } from './migrations/Migration20261124000250_reference_data.js';
import { Migration20261124000300ManychatInbox } from './migrations/Migration20261124000300_manychat_inbox.js';
import { Migration20261124000350TelephonyProviders } from './migrations/Migration20261124000350_telephony_providers.js';
import { Migration20261124000400OdooSync } from './migrations/Migration20261124000400_odoo_sync.js';
import { Migration20261124000600ReferenceOwnership } from './migrations/Migration20261124000600_reference_ownership.js';
import { Migration20261126000100ScheduledJobs } from './migrations/Migration20261126000100_scheduled_jobs.js';
import { Migration20261126000200OdooMirror } from './migrations/Migration20261126000200_odoo_mirror.js';
import { Migration20261126000300OutboxClaims } from './migrations/Migration20261126000300_outbox_claims.js';
import { Migration20261127001300LegacyImport } from './migrations/Migration20261127001300_legacy_import.js';
import { Migration20261127001400ContactSearch } from './migrations/Migration20261127001400_contact_search.js';
import { Migration20261128000100LeadContext } from './migrations/Migration20261128000100_lead_context.js';
import { Migration20261128000200StageVisits } from './migrations/Migration20261128000200_stage_visits.js';
import { Migration20261128000900MessageTemplates } from './migrations/Migration20261128000900_message_templates.js';
import { Migration20261128001000LeadScoring } from './migrations/Migration20261128001000_lead_scoring.js';
import { Migration20261207000100MessagingChannels } from './migrations/Migration20261207000100_messaging_channels.js';
import { Migration20261207000200CampaignEngine } from './migrations/Migration20261207000200_campaign_engine.js';
import { Migration20261207000210CampaignDefinition } from './migrations/Migration20261207000210_campaign_definition.js';
import { Migration20261207000300AiAgents } from './migrations/Migration20261207000300_ai_agents.js';
import { Migration20261207000340Activities } from './migrations/Migration20261207000340_activities.js';
import { Migration20261207000360CampaignLogsContact } from './migrations/Migration20261207000360_campaign_logs_contact.js';
import { Migration20261207000400AiCallTranscripts } from './migrations/Migration20261207000400_ai_call_transcripts.js';
import { Migration20261208000100AiCallAgentCopy } from './migrations/Migration20261208000100_ai_call_agent_copy.js';
import { Migration20261208000200CallAnalyses } from './migrations/Migration20261208000200_call_analyses.js';
import { Migration20261208000300CallTranscriptions } from './migrations/Migration20261208000300_call_transcriptions.js';
import { Migration20261208000500CampaignTriggerSweep } from './migrations/Migration20261208000500_campaign_trigger_sweep.js';
import { Migration20261208000510CampaignCounterShards } from './migrations/Migration20261208000510_campaign_counter_shards.js';
import { Migration20261208000900StageVisitCounts } from './migrations/Migration20261208000900_stage_visit_counts.js';

/** Versioned, hand-written migrations, applied in this order by `npm run migrate`. */
export const migrations = [
  { name: 'Migration20261123000000_foundation', class: Migration20261123000000Foundation },
  { name: 'Migration20261124000100_integration_settings', class: Migration20261124000100IntegrationSettings },
  { name: 'Migration20261124000200_calls', class: Migration20261124000200Calls },
  { name: 'Migration20261124000250_reference_data', class: Migration20261124000250ReferenceData },
  { name: 'Migration20261124000300_manychat_inbox', class: Migration20261124000300ManychatInbox },
  { name: 'Migration20261124000350_telephony_providers', class: Migration20261124000350TelephonyProviders },
  { name: 'Migration20261124000400_odoo_sync', class: Migration20261124000400OdooSync },
  { name: 'Migration20261124000600_reference_ownership', class: Migration20261124000600ReferenceOwnership },
  { name: 'Migration20261126000100_scheduled_jobs', class: Migration20261126000100ScheduledJobs },
  { name: 'Migration20261126000200_odoo_mirror', class: Migration20261126000200OdooMirror },
  { name: 'Migration20261126000300_outbox_claims', class: Migration20261126000300OutboxClaims },
  { name: 'Migration20261127001300_legacy_import', class: Migration20261127001300LegacyImport },
  { name: 'Migration20261127001400_contact_search', class: Migration20261127001400ContactSearch },
  { name: 'Migration20261128000100_lead_context', class: Migration20261128000100LeadContext },
  { name: 'Migration20261128000200_stage_visits', class: Migration20261128000200StageVisits },
  { name: 'Migration20261128000900_message_templates', class: Migration20261128000900MessageTemplates },
  { name: 'Migration20261128001000_lead_scoring', class: Migration20261128001000LeadScoring },
  { name: 'Migration20261207000100_messaging_channels', class: Migration20261207000100MessagingChannels },
  { name: 'Migration20261207000200_campaign_engine', class: Migration20261207000200CampaignEngine },
  { name: 'Migration20261207000210_campaign_definition', class: Migration20261207000210CampaignDefinition },
  { name: 'Migration20261207000300_ai_agents', class: Migration20261207000300AiAgents },
  { name: 'Migration20261207000340_activities', class: Migration20261207000340Activities },
  { name: 'Migration20261207000360_campaign_logs_contact', class: Migration20261207000360CampaignLogsContact },
  { name: 'Migration20261207000400_ai_call_transcripts', class: Migration20261207000400AiCallTranscripts },
  { name: 'Migration20261208000100_ai_call_agent_copy', class: Migration20261208000100AiCallAgentCopy },
  { name: 'Migration20261208000200_call_analyses', class: Migration20261208000200CallAnalyses },
  { name: 'Migration20261208000300_call_transcriptions', class: Migration20261208000300CallTranscriptions },
  { name: 'Migration20261208000500_campaign_trigger_sweep', class: Migration20261208000500CampaignTriggerSweep },
  { name: 'Migration20261208000510_campaign_counter_shards', class: Migration20261208000510CampaignCounterShards },
  { name: 'Migration20261208000900_stage_visit_counts', class: Migration20261208000900StageVisitCounts },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- schemas of unrelated row types
export type AnySchema = EntitySchema<any>;

export const sharedKernelEntities: AnySchema[] = [OutboxEventSchema, DeadLetterSchema];

export function ormOptions(config: AppConfig, entities: readonly AnySchema[]): Options {
  return defineConfig({
    clientUrl: config.databaseUrl,
    entities: [...entities],
    extensions: [Migrator],
    pool: { min: 0, max: config.databasePoolSize },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
    migrations: {
      migrationsList: migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  });
}
