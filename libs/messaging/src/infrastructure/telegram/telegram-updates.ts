import type { InboundEvent, InboundSender } from '../../domain/index.js';

/** `/start <payload>` as a deep link delivers it (integrations-2 §1.4); plain `/start` has no payload. */
const START = /^\/start(?:@\w+)?(?: ([A-Za-z0-9_-]{1,64}))?$/;
/** Any /start command, a payload Telegram would never deliver included: a command, not a message to the advisor. */
const START_COMMAND = /^\/start(?:@\w+)?(?:\s|$)/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Telegram ids have at most 52 significant bits: a JS number holds them exactly. */
const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

/**
 * One Telegram `Update` as the events it means to us (integrations-2 §1.3–1.5). Only private chats
 * count: a lead is a person, and a group's messages are not theirs. Anything else (edits, groups,
 * callback queries, reactions, plain `/start`, a link token that does not verify) means nothing.
 * `linkedContact` answers the contact a `/start` token was issued for, or null.
 */
export function telegramUpdateEvents(update: Json, linkedContact: (token: string) => string | null): InboundEvent[] {
  if (!isId(update.update_id)) return [];
  const providerEventId = `update:${update.update_id}`;
  if (isObject(update.message)) return messageEvents(providerEventId, update.message, linkedContact);
  if (isObject(update.my_chat_member)) return memberEvents(providerEventId, update.my_chat_member);
  return [];
}

function messageEvents(providerEventId: string, message: Json, linkedContact: (token: string) => string | null): InboundEvent[] {
  const chat = message.chat;
  const from = message.from;
  if (!isObject(chat) || chat.type !== 'private' || !isId(chat.id) || !isId(message.message_id)) return [];
  if (!isObject(from) || !isId(from.id) || from.is_bot === true) return [];
  const sender: InboundSender = { address: String(chat.id), name: nameOf(from) };
  const receivedAt = timeOf(message.date);
  if (isObject(message.contact)) {
    const contact = message.contact;
    // Only the user's own number: a forwarded or someone else's contact has another (or no) user_id.
    if (contact.user_id !== from.id || typeof contact.phone_number !== 'string') return [];
    const digits = contact.phone_number.replace(/[\s()-]/g, '').replace(/^\+/, '');
    if (!/^\d{6,15}$/.test(digits)) return [];
    return [{ kind: 'link_by_phone', channel: 'telegram', providerEventId, from: { ...sender, phone: `+${digits}` }, receivedAt }];
  }
  if (typeof message.text !== 'string' || message.text.trim() === '') return [];
  const text = message.text.trim();
  if (START_COMMAND.test(text)) {
    const token = START.exec(text)?.[1];
    const contactId = token ? linkedContact(token) : null;
    return contactId ? [{ kind: 'link', channel: 'telegram', providerEventId, contactId, from: sender, receivedAt }] : [];
  }
  return [{
    kind: 'message', channel: 'telegram', providerEventId, providerMessageId: `${chat.id}:${message.message_id}`,
    from: sender, text: message.text, receivedAt,
  }];
}

/** In a private chat this update comes only when the user blocks (`kicked`) or unblocks the bot. */
function memberEvents(providerEventId: string, update: Json): InboundEvent[] {
  const chat = update.chat;
  const member = update.new_chat_member;
  if (!isObject(chat) || chat.type !== 'private' || !isId(chat.id) || !isObject(member) || member.status !== 'kicked') return [];
  const receivedAt = timeOf(update.date);
  const from = isObject(update.from) ? update.from : {};
  return [{ kind: 'opt_out', channel: 'telegram', providerEventId, from: { address: String(chat.id), name: nameOf(from) }, receivedAt }];
}

function nameOf(user: Json): string | null {
  const name = [user.first_name, user.last_name].filter((part): part is string => typeof part === 'string' && part !== '').join(' ');
  return name === '' ? null : name.slice(0, 200);
}

/** Unix seconds; a missing or absurd date (beyond what a Date holds) is the time of receipt. */
function timeOf(seconds: unknown): string {
  return isId(seconds) && seconds > 0 && seconds < 1e11 ? new Date(seconds * 1000).toISOString() : new Date().toISOString();
}
