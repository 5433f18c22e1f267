import type { Changes, MessageReceived } from '@leadline/integration-events';
import type { MessageChannel, TemplateChannel } from './channels.js';

/** The events messaging records; the audit trail reads the template ones (`changes`). */
export const TemplateEvents = { created: 'template.created', updated: 'template.updated', deleted: 'template.deleted' } as const;

export type TemplateEventPayloads = Record<(typeof TemplateEvents)[keyof typeof TemplateEvents], { readonly changes: Changes }>;

export const MessageEvents = {
  sent: 'message.sent',
  failed: 'message.failed',
  received: 'message.received',
  channelLinked: 'contact.channel_linked',
  optedOut: 'contact.opted_out',
  optedIn: 'contact.opted_in',
  channelUnreachable: 'contact.channel_unreachable',
} as const;

interface MessageFacts {
  readonly message_id: string;
  readonly contact_id: string;
  readonly opportunity_id: string | null;
  readonly channel: MessageChannel;
  readonly campaign_id: string | null;
  readonly enrollment_id: string | null;
}

export interface MessageEventPayloads {
  'message.sent': MessageFacts;
  'message.failed': MessageFacts & { readonly error_code: string };
  'message.received': MessageReceived;
  'contact.channel_linked': { readonly contact_id: string; readonly channel: TemplateChannel };
  'contact.opted_out': { readonly contact_id: string; readonly channel: TemplateChannel; readonly source: 'stop_word' | 'provider' | 'agent' };
  'contact.opted_in': { readonly contact_id: string; readonly channel: TemplateChannel };
  'contact.channel_unreachable': { readonly contact_id: string; readonly channel: TemplateChannel; readonly reason: string };
}
