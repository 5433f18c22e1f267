import {
  diff, InvalidInputError, newId, RecordedEvents, StaleVersionError, type DomainEvent,
} from '@leadline/shared-kernel/domain';
import {
  AGENT_TYPES, RENDERED_LENGTH_LIMITS, SUBJECT_MAX_LENGTH, TEMPLATE_CHANNELS, type AgentType, type TemplateChannel,
} from './channels.js';
import type { TemplateEventPayloads } from './events.js';
import type { TemplateEngine, VariableUse } from './ports.js';

/** A variable name as the render context names them (`first_name`, `budget`). */
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Meta's template names: lowercase letters, digits and underscores. */
export const WHATSAPP_TEMPLATE_NAME = /^[a-z0-9_]{1,512}$/;
/** Meta's language codes: `es`, `es_MX`, `en_US`, `pt_BR`, `zh_Hant_HK` ... */
export const WHATSAPP_LANGUAGE = /^[a-z]{2,3}(_[A-Za-z]{2,4}){0,2}$/;
export const NAME_MAX_LENGTH = 200;
export const DEFAULT_MAX_LENGTH = 1000;
export const MAX_WHATSAPP_PARAMETERS = 30;

/** Meta's approved template to send outside the 24-hour window: `parameters[i]` fills `{{i+1}}`. */
export interface WhatsappMapping {
  readonly templateName: string;
  readonly language: string;
  readonly parameters: readonly string[];
}

/** What a client writes: a POST creates it, a PUT replaces it whole. */
export interface TemplateDefinition {
  readonly name: string;
  readonly channel: TemplateChannel;
  readonly agentType: AgentType | null;
  readonly subject: string | null;
  readonly content: string;
  readonly defaults: Readonly<Record<string, string>>;
  readonly whatsapp: WhatsappMapping | null;
}

export interface TemplateState extends TemplateDefinition {
  readonly id: string;
  readonly tenantId: string;
  /** The variable names subject and content use, in order of first use. */
  readonly variables: readonly string[];
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const EDITABLE = ['name', 'channel', 'agentType', 'subject', 'content', 'defaults', 'whatsapp'] as const;

/**
 * A message template (contract §9): Liquid output tags over the lead's render context, with
 * per-template defaults. Its text is checked when it is written (syntax, channel rules), so a
 * template that exists can always be rendered; whether a lead has every value is decided per
 * render (`renderTemplate`). Every PUT is a new version, and each send records the one it used.
 */
export class Template {
  readonly #events = new RecordedEvents<TemplateEventPayloads>();
  readonly persistedVersion: number;

  private constructor(private state: TemplateState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
  }

  static create(tenantId: string, definition: TemplateDefinition, engine: TemplateEngine, now = new Date()): Template {
    const clean = normalise(definition);
    const template = new Template({
      ...clean,
      id: newId(),
      tenantId,
      variables: checkDefinition(clean, engine),
      version: 1,
      createdAt: now,
      updatedAt: now,
    }, true);
    template.record('template.created', { changes: diff(EMPTY, template.state, EDITABLE) }, now);
    return template;
  }

  static rehydrate(state: TemplateState): Template {
    return new Template(state);
  }

  get snapshot(): TemplateState {
    return this.state;
  }

  /** If-Match: the version the caller last read must still be the stored one. */
  assertVersion(expected: number | undefined): void {
    if (expected !== undefined && expected !== this.state.version) throw new StaleVersionError('template', this.state.id);
  }

  /** PUT: the whole definition is replaced and the version goes up by one, changed or not. */
  replace(definition: TemplateDefinition, engine: TemplateEngine, now = new Date()): void {
    const clean = normalise(definition);
    const next: TemplateState = {
      ...this.state,
      ...clean,
      variables: checkDefinition(clean, engine),
      version: this.persistedVersion + 1,
      updatedAt: now,
    };
    const changes = diff(this.state, next, EDITABLE);
    this.state = next;
    this.record('template.updated', { changes }, now);
  }

  delete(now = new Date()): void {
    this.record('template.deleted', { changes: diff(this.state, EMPTY, EDITABLE) }, now);
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private record<Type extends keyof TemplateEventPayloads>(type: Type, payload: TemplateEventPayloads[Type], occurredAt: Date): void {
    this.#events.record({ type, aggregateType: 'template', aggregateId: this.state.id, tenantId: this.state.tenantId, payload, occurredAt });
  }
}

/** The variables of subject and content, in order of first use (the subject comes first in an e-mail). */
export function variableUses(template: Pick<TemplateDefinition, 'subject' | 'content'>, engine: TemplateEngine): VariableUse[] {
  return [...(template.subject === null ? [] : engine.analyse(template.subject, 'subject')), ...engine.analyse(template.content, 'content')];
}

function normalise(definition: TemplateDefinition): TemplateDefinition {
  return {
    ...definition,
    name: definition.name.trim(),
    agentType: definition.agentType ?? null,
    subject: definition.subject ?? null,
    defaults: { ...definition.defaults },
    whatsapp: definition.whatsapp ? { ...definition.whatsapp, parameters: [...definition.whatsapp.parameters] } : null,
  };
}

/** Every rule of a definition; answers the variables it uses. */
function checkDefinition(definition: TemplateDefinition, engine: TemplateEngine): string[] {
  const { name, channel, agentType, subject, content, defaults, whatsapp } = definition;
  if (!name || name.length > NAME_MAX_LENGTH) throw new InvalidInputError('name', `name must be 1-${NAME_MAX_LENGTH} characters`);
  if (!TEMPLATE_CHANNELS.includes(channel)) throw new InvalidInputError('channel', `channel must be one of ${TEMPLATE_CHANNELS.join(', ')}`);
  if (agentType !== null && !AGENT_TYPES.includes(agentType)) {
    throw new InvalidInputError('agent_type', `agent_type must be one of ${AGENT_TYPES.join(', ')}, or null`);
  }
  if (channel === 'email' && (subject === null || !subject.trim())) throw new InvalidInputError('subject', 'an email template needs a subject');
  if (channel !== 'email' && subject !== null) throw new InvalidInputError('subject', 'only email templates have a subject; send null');
  if (subject !== null && subject.length > SUBJECT_MAX_LENGTH) {
    throw new InvalidInputError('subject', `subject must be at most ${SUBJECT_MAX_LENGTH} characters`);
  }
  if (!content.trim()) throw new InvalidInputError('content', 'content must not be blank');
  const limit = RENDERED_LENGTH_LIMITS[channel];
  if (content.length > limit) throw new InvalidInputError('content', `content must be at most ${limit} characters for ${channel}`);
  const variables = [...new Set(variableUses({ subject, content }, engine).map((use) => use.variable))];
  for (const [variable, text] of Object.entries(defaults)) {
    if (!VARIABLE_NAME.test(variable)) throw new InvalidInputError(`defaults.${variable}`, 'a default is keyed by a variable name');
    if (!variables.includes(variable) && !whatsapp?.parameters.includes(variable)) {
      throw new InvalidInputError(`defaults.${variable}`, `${variable} is not a variable of this template (it uses: ${variables.join(', ') || 'none'})`);
    }
    if (typeof text !== 'string' || !text.trim() || text.length > DEFAULT_MAX_LENGTH) {
      throw new InvalidInputError(`defaults.${variable}`, `a default is a text of 1-${DEFAULT_MAX_LENGTH} characters, not blank`);
    }
  }
  if (whatsapp !== null) checkWhatsapp(channel, whatsapp);
  return variables;
}

function checkWhatsapp(channel: TemplateChannel, whatsapp: WhatsappMapping): void {
  if (channel !== 'whatsapp') throw new InvalidInputError('whatsapp', 'only whatsapp templates map to an approved WhatsApp template; send null');
  if (!WHATSAPP_TEMPLATE_NAME.test(whatsapp.templateName)) {
    throw new InvalidInputError('whatsapp.template_name', 'template_name is the approved template\'s name: lowercase letters, digits and _');
  }
  if (!WHATSAPP_LANGUAGE.test(whatsapp.language)) {
    throw new InvalidInputError('whatsapp.language', 'language is the approved template\'s language code, e.g. es_MX or en');
  }
  if (whatsapp.parameters.length > MAX_WHATSAPP_PARAMETERS) {
    throw new InvalidInputError('whatsapp.parameters', `at most ${MAX_WHATSAPP_PARAMETERS} parameters`);
  }
  whatsapp.parameters.forEach((parameter, index) => {
    if (!VARIABLE_NAME.test(parameter)) {
      throw new InvalidInputError(`whatsapp.parameters.${index}`, `parameter {{${index + 1}}} must name a variable (e.g. first_name)`);
    }
  });
}

const EMPTY = Object.fromEntries(EDITABLE.map((field) => [field, null])) as unknown as TemplateState;
