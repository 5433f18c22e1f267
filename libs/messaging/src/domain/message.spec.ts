import { describe, expect, it } from '@jest/globals';
import { ContactChannel, WHATSAPP_WINDOW_MS } from './contact-channel.js';
import { Message } from './message.js';

const NOW = new Date('2026-12-07T10:00:00Z');
const draft = {
  tenantId: 't1', contactId: 'c1', opportunityId: null, channel: 'telegram' as const, subject: null, body: 'Hola',
  templateId: null, templateVersion: null,
};

describe('Message', () => {
  it('is sent at most once: only a queued message can be claimed, and a claimed one cannot be claimed again', () => {
    const message = Message.queue(draft, NOW);
    expect(message.startSending()).toBe(true);
    expect(message.startSending()).toBe(false);
    message.sent('42:7', NOW);
    expect(message.snapshot).toMatchObject({ status: 'sent', providerMessageId: '42:7', sentAt: NOW });
    expect(message.startSending()).toBe(false);
    expect(message.pullEvents().map((event) => event.type)).toEqual(['message.sent']);
  });

  it('a deferral puts it back in the queue; a failure is final and recorded once', () => {
    const message = Message.queue(draft, NOW);
    message.startSending();
    message.deferred();
    expect(message.snapshot.status).toBe('queued');
    message.fail({ code: 'telegram.blocked', message: 'blocked' }, NOW);
    message.fail({ code: 'other', message: 'again' }, NOW);
    expect(message.snapshot).toMatchObject({ status: 'failed', error: { code: 'telegram.blocked' } });
    expect(message.pullEvents().map((event) => event.type)).toEqual(['message.failed']);
  });

  it('provider statuses only move forward: sent → delivered → read; a late delivered or failed after read changes nothing', () => {
    const message = Message.queue(draft, NOW);
    message.startSending();
    message.sent('wamid.1', NOW);
    expect(message.reportStatus('delivered', null, NOW)).toBe(true);
    expect(message.reportStatus('read', null, NOW)).toBe(true);
    expect(message.reportStatus('delivered', null, NOW)).toBe(false);
    expect(message.reportStatus('failed', { code: '131026', message: 'undeliverable' }, NOW)).toBe(false);
    expect(message.snapshot.status).toBe('read');
  });

  it('a received message announces message.received, unless it is a stop word', () => {
    const arrival = { ...draft, providerMessageId: 'p1', inReplyTo: null, receivedAt: NOW };
    expect(Message.receive({ ...arrival, stopWord: false }).pullEvents().map((event) => event.type)).toEqual(['message.received']);
    expect(Message.receive({ ...arrival, stopWord: true }).pullEvents()).toEqual([]);
  });
});

describe('ContactChannel', () => {
  it('is addressed by the linked chat (telegram), the linked id or the phone digits (whatsapp), the e-mail (email)', () => {
    const contact = { phone: '+525512345678', email: 'ana@example.org' };
    expect(ContactChannel.of('t1', 'c1', 'telegram').addressFor(contact)).toBeNull();
    expect(ContactChannel.of('t1', 'c1', 'whatsapp').addressFor(contact)).toBe('525512345678');
    expect(ContactChannel.of('t1', 'c1', 'email').addressFor(contact)).toBe('ana@example.org');
    const linked = ContactChannel.of('t1', 'c1', 'telegram');
    linked.link('987654', NOW);
    expect(linked.addressFor(contact)).toBe('987654');
  });

  it('refuses sends once opted out or unreachable; opting in lifts only the opt-out, linking again lifts unreachable', () => {
    const channel = ContactChannel.of('t1', 'c1', 'telegram');
    channel.link('987654', NOW);
    channel.markUnreachable('telegram.blocked', NOW);
    expect(channel.refusal).toBe('unreachable');
    channel.optOut(NOW, 'stop_word');
    expect(channel.refusal).toBe('opted_out');
    channel.optIn(NOW);
    expect(channel.refusal).toBe('unreachable');
    channel.link('987654', NOW);
    expect(channel.refusal).toBeNull();
  });

  it("is within WhatsApp's window for 24 hours after the lead's last message, and never moves that time back", () => {
    const channel = ContactChannel.of('t1', 'c1', 'whatsapp');
    expect(channel.withinWhatsappWindow(NOW)).toBe(false);
    channel.heardFrom(NOW);
    channel.heardFrom(new Date(NOW.getTime() - 3600_000));
    expect(channel.withinWhatsappWindow(new Date(NOW.getTime() + WHATSAPP_WINDOW_MS - 1))).toBe(true);
    expect(channel.withinWhatsappWindow(new Date(NOW.getTime() + WHATSAPP_WINDOW_MS))).toBe(false);
  });
});
