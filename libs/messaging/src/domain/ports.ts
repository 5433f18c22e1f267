import type { CommandContext } from '@leadline/shared-kernel/domain';
import type { AgentType, MessageChannel, TemplateChannel } from './channels.js';
import type { ContactChannel } from './contact-channel.js';
import type { Message, MessageDirection } from './message.js';
import type { TemplatePart } from './errors.js';
import type { Template } from './template.js';

/** One output tag of a template: the variable it starts from, and whether it carries a literal `default`. */
export interface VariableUse {
  readonly variable: string;
  /** `{{ name | default: "amigo" }}`: a non-empty string literal the tag falls back on. */
  readonly literalDefault: boolean;
}

/** The scope a template is rendered with: one value per variable it uses, null where its inline default applies. */
export type RenderScope = Readonly<Record<string, string | number | boolean | null>>;

/**
 * The template language (Liquid's output tags), behind a port so the domain stays free of the
 * engine. `analyse` throws TemplateSyntaxError for text that is not a valid template.
 */
export interface TemplateEngine {
  analyse(text: string, part: TemplatePart): readonly VariableUse[];
  render(text: string, scope: RenderScope): string;
}
export const TEMPLATE_ENGINE = Symbol('TemplateEngine');

export interface TemplateFilter {
  channel?: TemplateChannel;
  agentType?: AgentType;
  /** Part of the name, case- and accent-insensitive. */
  q?: string;
}

export interface TemplateRepository {
  find(tenantId: string, id: string): Promise<Template | null>;
  add(template: Template, context: CommandContext): Promise<void>;
  save(template: Template, context: CommandContext): Promise<void>;
  delete(template: Template, context: CommandContext): Promise<void>;
}
export const TEMPLATE_REPOSITORY = Symbol('TemplateRepository');

export interface MessageRepository {
  find(tenantId: string, id: string): Promise<Message | null>;
  findByProviderId(tenantId: string, channel: MessageChannel, direction: MessageDirection, providerMessageId: string): Promise<Message | null>;
  add(message: Message, context: CommandContext): Promise<void>;
  save(message: Message, context: CommandContext): Promise<void>;
}
export const MESSAGE_REPOSITORY = Symbol('MessageRepository');

export interface ContactChannelRepository {
  /** The contact's state on the channel; a fresh one (saved on first change) when none is stored. */
  get(tenantId: string, contactId: string, channel: TemplateChannel): Promise<ContactChannel>;
  /** Every channel the contact has a row for. */
  ofContact(tenantId: string, contactId: string): Promise<ContactChannel[]>;
  findByAddress(tenantId: string, channel: TemplateChannel, address: string): Promise<ContactChannel | null>;
  save(channel: ContactChannel, context: CommandContext): Promise<void>;
}
export const CONTACT_CHANNEL_REPOSITORY = Symbol('ContactChannelRepository');
