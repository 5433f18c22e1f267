import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CreateActivityCommand, MergeQualificationCommand, MoveOpportunityStageCommand } from '@leadline/crm-domain';
import { DomainError, type CommandContext } from '@leadline/shared-kernel';
import type { AiCallSession } from '../../domain/index.js';
import { AjvJsonValidator } from '../../infrastructure/ajv/ajv-json-validator.js';
import type { ChatTool } from '../../infrastructure/openai/chat-stream.js';

/** Where an AI call's changes come from, in the stage history and on activities (contract §10, §13). */
export const AI_CALL_SOURCE = 'ai_call';

const MEETING_ARGUMENTS = {
  type: 'object',
  properties: {
    starts_at: { type: 'string', description: 'Fecha y hora acordadas, ISO 8601 con zona horaria (p. ej. 2026-12-10T17:00:00-06:00)' },
    duration_minutes: { type: 'integer', minimum: 5, maximum: 480, description: 'Duración en minutos (30 si no se acordó)' },
    title: { type: 'string', maxLength: 200, description: 'Título corto de la cita' },
    mode: { type: 'string', enum: ['presencial', 'videollamada', 'telefono'], description: 'Tipo de cita' },
    notes: { type: 'string', maxLength: 2000, description: 'Lo que el asesor debe saber' },
  },
  required: ['starts_at'],
  additionalProperties: false,
} as const;

const STAGE_ARGUMENTS = {
  type: 'object',
  properties: {
    stage: { type: 'string', pattern: '^[a-z0-9_]{1,50}$', description: 'La clave de la etapa siguiente del embudo (solo hacia adelante)' },
    reason: { type: 'string', maxLength: 500, description: 'Por qué avanza' },
  },
  required: ['stage'],
  additionalProperties: false,
} as const;

const END_CALL_ARGUMENTS = {
  type: 'object', properties: { reason: { type: 'string', description: 'Why the call ends' } }, additionalProperties: false,
} as const;

/**
 * The tools offered to the model during a call: exactly the agent's (copied onto the call when it
 * was placed), each with its arguments' JSON Schema. `set_qualification` takes the fields of the
 * agent's extraction schema, so what the model records during the call and what the analysis
 * extracts after it are the same fields.
 */
export function relayTools(session: AiCallSession): ChatTool[] {
  const tools: ChatTool[] = [];
  const offered = new Set(session.tools);
  if (offered.has('set_qualification')) {
    tools.push({
      name: 'set_qualification',
      description: 'Registra lo que el cliente dijo de sí mismo: solo los campos que acaba de confirmar, con su valor.',
      parameters: qualificationArguments(session.extractionSchema),
    });
  }
  if (offered.has('schedule_meeting')) {
    tools.push({
      name: 'schedule_meeting',
      description: 'Agenda la cita que el cliente aceptó con su asesor (fecha y hora confirmadas en la llamada).',
      parameters: MEETING_ARGUMENTS,
    });
  }
  if (offered.has('update_stage')) {
    tools.push({
      name: 'update_stage',
      description: 'Mueve al cliente a una etapa posterior del embudo cuando la conversación lo justifica. Nunca a ganado ni perdido.',
      parameters: STAGE_ARGUMENTS,
    });
  }
  if (offered.has('end_call')) {
    tools.push({
      name: 'end_call',
      description: 'End the phone call after your last sentence (the lead said goodbye, asked not to be called, or the goal is met).',
      parameters: END_CALL_ARGUMENTS,
    });
  }
  return tools;
}

/** The extraction schema's properties, none required (the model sends what it learned), nothing else accepted. */
function qualificationArguments(schema: Readonly<Record<string, unknown>> | null): Record<string, unknown> {
  const properties = schema && typeof schema.properties === 'object' && schema.properties !== null ? schema.properties : null;
  if (!properties) return { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } };
  return { type: 'object', properties, additionalProperties: false };
}

/** What a tool answers the model: `{ok: true, …}` or `{ok: false, error}`; the model reads it and goes on talking. */
type ToolResult = Record<string, unknown> & { ok: boolean };

/**
 * Runs the tools the model calls during an AI call. Each effect is crm-domain's own command —
 * MergeQualification, CreateActivity (`source: ai_call`), MoveOpportunityStage (forward only,
 * never won or lost, `source: ai_call`) — in its own transaction, with no network call inside:
 * the relay calls this between two model requests, never during one. Arguments are checked
 * against the tool's schema first; a refusal goes back to the model as the tool's answer, so a
 * bad argument costs a sentence, not the call.
 */
@Injectable()
export class AgentToolRunner {
  private readonly logger = new Logger(AgentToolRunner.name);

  constructor(private readonly commands: CommandBus, private readonly validator: AjvJsonValidator) {}

  async run(session: AiCallSession, name: string, rawArguments: string): Promise<ToolResult> {
    const tool = relayTools(session).find((candidate) => candidate.name === name);
    if (!tool) return { ok: false, error: `unknown tool ${name}` };
    let args: Record<string, unknown>;
    try {
      const parsed: unknown = rawArguments.trim() === '' ? {} : JSON.parse(rawArguments);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, error: 'arguments must be a JSON object' };
      args = parsed as Record<string, unknown>;
    } catch {
      return { ok: false, error: 'arguments are not valid JSON' };
    }
    const problems = this.validator.problems(tool.parameters, args);
    if (problems.length > 0) return { ok: false, error: `invalid arguments: ${problems.join('; ')}` };
    const context: CommandContext = {
      tenantId: session.tenantId, actor: { type: 'system', id: null, name: `ai call agent (${session.agentType})` }, requestId: null,
    };
    try {
      switch (name) {
        case 'set_qualification': {
          const changed = await this.commands.execute(new MergeQualificationCommand(context, session.opportunityId, args));
          return { ok: true, recorded: changed };
        }
        case 'schedule_meeting': return await this.scheduleMeeting(session, context, args);
        case 'update_stage': {
          const opportunity = await this.commands.execute(new MoveOpportunityStageCommand(context, session.opportunityId, args.stage as string,
            typeof args.reason === 'string' ? args.reason : 'AI call', AI_CALL_SOURCE, undefined, 'forward_open'));
          return { ok: true, stage: opportunity.snapshot.stage.currentStage };
        }
        default: return { ok: true };
      }
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, error: error.message };
      }
      this.logger.error(`AI call ${session.callId}: tool ${name} failed: ${(error as Error).message}`);
      return { ok: false, error: 'the tool failed; do not promise its result' };
    }
  }

  private async scheduleMeeting(session: AiCallSession, context: CommandContext, args: Record<string, unknown>): Promise<ToolResult> {
    const startsAt = new Date(args.starts_at as string);
    if (Number.isNaN(startsAt.getTime()) || !/[zZ]|[+-]\d\d:?\d\d$/.test(args.starts_at as string)) {
      return { ok: false, error: 'starts_at must be an ISO 8601 date and time with its offset' };
    }
    const mode = typeof args.mode === 'string' ? ` (${args.mode})` : '';
    const activity = await this.commands.execute(new CreateActivityCommand(context, {
      opportunityId: session.opportunityId,
      type: 'meeting',
      title: typeof args.title === 'string' && args.title.trim() ? args.title.trim() : `Cita${mode} agendada por llamada`,
      notes: typeof args.notes === 'string' ? args.notes : null,
      dueAt: startsAt,
      durationMinutes: typeof args.duration_minutes === 'number' ? args.duration_minutes : 30,
      source: AI_CALL_SOURCE,
    }));
    return { ok: true, activity_id: activity.snapshot.id, starts_at: startsAt.toISOString() };
  }
}
