import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { LiquidTemplateEngine, TEMPLATE_ENGINE } from '@leadline/messaging';
import { PlatformModule } from '@leadline/platform';
import { TelephonyModule } from '@leadline/telephony';
import { AgentToolRunner } from './application/ai-calls/agent-tools.js';
import { GetCallAnalysisHandler, ListOpportunityCallsHandler } from './application/call-analysis/analysis-queries.js';
import { AnalyzeCallJob } from './application/call-analysis/analyze-call.job.js';
import { ProvideTranscriptHandler } from './application/call-analysis/provide-transcript.js';
import { CallAnalysisRequests, RequestCallAnalysisHandler } from './application/call-analysis/request-analysis.js';
import { AiCallRelay } from './application/ai-calls/ai-call-relay.js';
import { StartAiCallHandler } from './application/ai-calls/start-ai-call.js';
import { GetCallTranscriptHandler } from './application/ai-calls/transcript-query.js';
import { GetAiAgentHandler, ListAiAgentsHandler } from './application/agents/agent-queries.js';
import { ReplaceAiAgentHandler } from './application/agents/replace-agent.js';
import { RenderCallScriptHandler } from './application/call-scripts/render-call-script.js';
import { ConfigureAiHandler } from './application/configure-ai/configure-ai.js';
import { TranscribeStoredRecordings } from './application/transcribe-recording/transcribe-on-recording.js';
import { TranscribeRecordingJob } from './application/transcribe-recording/transcribe-recording.job.js';
import { AI_AGENT_REPOSITORY, EXTRACTION_SCHEMA_CHECKER } from './domain/index.js';
import { AiCallStore } from './infrastructure/ai-call.store.js';
import { CallAnalysisStore } from './infrastructure/call-analysis.store.js';
import { CallTranscriptionStore } from './infrastructure/call-transcription.store.js';
import { AiConnections } from './infrastructure/ai-connections.js';
import { MikroOrmAiAgentRepository } from './infrastructure/agent.persistence.js';
import { AjvExtractionSchemaChecker } from './infrastructure/ajv/ajv-extraction-schema-checker.js';
import { AjvJsonValidator } from './infrastructure/ajv/ajv-json-validator.js';

/**
 * The AI call agent (contract §13), first slice: the tenant's model server connection, the four
 * agent types and their call scripts. Leads are crm-domain's (read through its queries), templates
 * and their rendering messaging's (the same Liquid engine).
 */
@Module({
  imports: [CqrsModule, PlatformModule, TelephonyModule],
  providers: [
    { provide: AI_AGENT_REPOSITORY, useClass: MikroOrmAiAgentRepository },
    { provide: EXTRACTION_SCHEMA_CHECKER, useClass: AjvExtractionSchemaChecker },
    { provide: TEMPLATE_ENGINE, useClass: LiquidTemplateEngine },
    AiConnections,
    ConfigureAiHandler, GetAiAgentHandler, ListAiAgentsHandler, ReplaceAiAgentHandler, RenderCallScriptHandler,
    AiCallStore, AiCallRelay, StartAiCallHandler, GetCallTranscriptHandler, AjvJsonValidator, AgentToolRunner,
    CallAnalysisStore, CallAnalysisRequests, RequestCallAnalysisHandler, AnalyzeCallJob, ProvideTranscriptHandler, GetCallAnalysisHandler,
    ListOpportunityCallsHandler, CallTranscriptionStore, TranscribeStoredRecordings, TranscribeRecordingJob,
  ],
  exports: [AiConnections, AiCallRelay],
})
export class AiAgentModule {}
