import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidInputError } from '@leadline/shared-kernel';
import type { InboundEvent } from '../../domain/index.js';

/**
 * Meta's `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>` (integrations-2 §2.4),
 * over the bytes as received: a re-serialised body differs (Meta escapes non-ASCII as \uXXXX).
 * Compared in constant time.
 */
export function whatsappSignatureValid(appSecret: string, rawBody: Buffer, header: string | undefined): boolean {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? '');
  if (!match) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  const given = Buffer.from(match[1]!, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Constant time, whatever the lengths. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHmac('sha256', 'leadline:verify-token').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

const STATUSES: Record<string, 'sent' | 'delivered' | 'read' | 'failed'> = {
  sent: 'sent', delivered: 'delivered', read: 'read', failed: 'failed',
  // A voice message listened to: at least read.
  played: 'read',
};

/**
 * The events of one webhook POST (`object: whatsapp_business_account`, integrations-2 §2.2–§2.3):
 * each `messages[]` entry is a lead's message, each `statuses[]` entry news about one of ours.
 * Other fields (account updates, templates' reviews) carry nothing for us and give no events.
 * Ids are the provider's: a redelivery parses into the same events, which the inbox keeps once.
 */
export function parseWhatsappWebhook(body: unknown, now: Date): InboundEvent[] {
  if (!isObject(body) || !Array.isArray(body.entry)) {
    throw new InvalidInputError('entry', 'A WhatsApp webhook is {"object": "whatsapp_business_account", "entry": [...]}');
  }
  const events: InboundEvent[] = [];
  for (const entry of objects(body.entry)) {
    for (const change of objects(entry.changes)) {
      if (change.field !== 'messages' || !isObject(change.value)) continue;
      const value = change.value;
      const names = new Map(objects(value.contacts).map((contact) => [
        text(contact.wa_id) ?? text(contact.user_id), text(isObject(contact.profile) ? contact.profile.name : null),
      ]));
      for (const message of objects(value.messages)) {
        const event = inboundMessage(message, names, now);
        if (event) events.push(event);
      }
      for (const status of objects(value.statuses)) {
        const event = statusEvent(status, now);
        if (event) events.push(event);
      }
    }
  }
  return events;
}

function inboundMessage(message: Json, names: Map<string | null, string | null>, now: Date): InboundEvent | null {
  const id = text(message.id);
  // Users with a username may have no phone: `from` is then absent and `from_user_id` names them.
  const phone = text(message.from);
  const address = phone ?? text(message.from_user_id);
  if (!id || !address || message.type === 'system') return null;
  return {
    kind: 'message',
    channel: 'whatsapp',
    providerEventId: `message:${id}`,
    providerMessageId: id,
    from: { address, phone: phone && /^\d{6,15}$/.test(phone) ? phone : null, name: names.get(address) ?? null },
    text: messageText(message),
    receivedAt: timestampOf(message.timestamp, now),
  };
}

/** The words of a message; for media, what it is (and its caption), so the timeline shows something. */
function messageText(message: Json): string {
  const type = text(message.type) ?? 'unknown';
  const part = isObject(message[type]) ? message[type] : {};
  if (type === 'text') return text(part.body) ?? '';
  if (type === 'button') return text(part.text) ?? text(part.payload) ?? '[button]';
  if (type === 'interactive') {
    const reply = isObject(part.button_reply) ? part.button_reply : isObject(part.list_reply) ? part.list_reply : {};
    return text(reply.title) ?? text(reply.id) ?? '[interactive]';
  }
  if (type === 'reaction') return `[reaction${text(part.emoji) ? ` ${part.emoji as string}` : ''}]`;
  const caption = text(part.caption);
  return caption ? `[${type}] ${caption}` : `[${type}]`;
}

function statusEvent(status: Json, now: Date): InboundEvent | null {
  const id = text(status.id);
  const name = text(status.status);
  const mapped = name ? STATUSES[name] : undefined;
  if (!id || !name || !mapped) return null;
  const error = objects(status.errors)[0];
  return {
    kind: 'status',
    channel: 'whatsapp',
    providerEventId: `status:${id}:${name}`,
    providerMessageId: id,
    status: mapped,
    error: error ? {
      code: String(error.code ?? 'unknown'),
      message: [text(error.title) ?? text(error.message), isObject(error.error_data) ? text(error.error_data.details) : null]
        .filter(Boolean).join(': ') || 'failed',
    } : null,
    receivedAt: timestampOf(status.timestamp, now),
  };
}

/** Unix seconds as a string (Meta's), else when we got it. */
function timestampOf(value: unknown, now: Date): string {
  const seconds = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : now.toISOString();
}
