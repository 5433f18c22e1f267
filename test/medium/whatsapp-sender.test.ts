import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ChannelDeferredError, ChannelNotConfiguredError, ChannelRefusedError, ConfigureWhatsappCommand, PhoneNumberThroughput,
  WHATSAPP_BACKOFF_MS, WhatsappCloudApi, WhatsappConnections, WhatsappSender, whatsappSendError, type OutboundMessage,
} from '@leadline/messaging';
import { ProviderHttp, type CommandContext } from '@leadline/shared-kernel';
import { startMedium, type Medium } from '../support/medium.js';
import { TEST_QUEUE_PREFIX, TEST_REDIS_URL } from '../support/config.js';
import { META_ERRORS, startWhatsapp, type MetaError, type WhatsappStandIn } from '../support/stand-ins/whatsapp.js';

/** WhatsappSender against the Graph API stand-in: what it sends, how Meta's errors map, and the per-number throughput limit. */
let medium: Medium;
let wa: WhatsappStandIn;
const throughputs: PhoneNumberThroughput[] = [];

beforeAll(async () => {
  medium = await startMedium();
  wa = await startWhatsapp();
});

afterAll(async () => {
  for (const throughput of throughputs) throughput.onModuleDestroy();
  await medium.close();
  await wa.close();
});

async function connected(account: WhatsappStandIn = wa): Promise<CommandContext> {
  const context = await medium.aTenant();
  const settings = account.settings();
  await medium.run(() => medium.commands.execute(new ConfigureWhatsappCommand(context, {
    phoneNumberId: settings.phone_number_id!, accessToken: settings.access_token!, appSecret: settings.app_secret!,
    verifyToken: settings.verify_token!, apiBaseUrl: settings.api_base_url!, graphVersion: settings.graph_version!,
  })));
  return context;
}

function throughput(perSecond: number, maxWaitMs: number, keyPrefix = `${TEST_QUEUE_PREFIX}:wa-test:${Math.random()}`) {
  const limiter = new PhoneNumberThroughput({ redisUrl: TEST_REDIS_URL, keyPrefix, perSecond, maxWaitMs });
  throughputs.push(limiter);
  return limiter;
}

function senderWith(limiter: PhoneNumberThroughput): WhatsappSender {
  return new WhatsappSender(medium.get(WhatsappConnections), medium.get(ProviderHttp), limiter);
}

const sender = () => medium.get(WhatsappSender);

function message(context: CommandContext, fields: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    tenantId: context.tenantId, messageId: crypto.randomUUID(), channel: 'whatsapp', to: '525512345678', subject: null,
    body: 'Hola Ana, ¿seguimos?', whatsappTemplate: null, ...fields,
  };
}

const send = (s: WhatsappSender, m: OutboundMessage) => medium.run(() => s.send(m));

describe('what is sent', () => {
  it('sends free text as a text message with the bearer token, answering the wamid', async () => {
    const context = await connected();
    const before = wa.requests.length;
    const sent = await send(sender(), message(context));
    expect(sent.providerMessageId).toMatch(/^wamid\./);
    const [request] = wa.requests.slice(before);
    expect(request).toMatchObject({
      method: 'POST', path: `/${wa.graphVersion}/${wa.phoneNumberId}/messages`, authorization: `Bearer ${wa.accessToken}`,
      body: { messaging_product: 'whatsapp', to: '525512345678', type: 'text', text: { body: 'Hola Ana, ¿seguimos?' } },
    });
    expect(wa.sent.at(-1)).toMatchObject({ id: sent.providerMessageId, type: 'text', text: 'Hola Ana, ¿seguimos?' });
  });

  it('sends the approved template with positional body parameters when one is given', async () => {
    const context = await connected();
    const sent = await send(sender(), message(context, {
      whatsappTemplate: { name: 'seguimiento_cita', language: 'es_MX', parameters: ['Ana', 'martes 10:00'] },
    }));
    expect(wa.sent.at(-1)).toEqual(expect.objectContaining({
      id: sent.providerMessageId, type: 'template', text: null,
      template: { name: 'seguimiento_cita', language: 'es_MX', parameters: ['Ana', 'martes 10:00'] },
    }));
    expect(wa.requests.at(-1)!.body).toMatchObject({
      type: 'template',
      template: { name: 'seguimiento_cita', language: { code: 'es_MX' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }, { type: 'text', text: 'martes 10:00' }] }] },
    });
  });

  it('refuses a tenant without a WhatsApp connection as not configured', async () => {
    const context = await medium.aTenant();
    await expect(send(sender(), message(context))).rejects.toBeInstanceOf(ChannelNotConfiguredError);
  });
});

describe("Meta's errors", () => {
  const cases: Array<[string, MetaError, (error: unknown) => void]> = [
    ['130429 (HTTP 400): later', META_ERRORS.throughput, (e) => expect(e).toEqual(expect.objectContaining({ name: 'ChannelDeferredError', retryAfterMs: WHATSAPP_BACKOFF_MS.throughput }))],
    ['130429 (HTTP 429) with Retry-After: that long', { ...META_ERRORS.throughput429, retryAfter: 7 }, (e) => expect(e).toMatchObject({ name: 'ChannelDeferredError', retryAfterMs: 7000 })],
    ['131056 pair limit: a minute', META_ERRORS.pairRateLimit, (e) => expect(e).toMatchObject({ name: 'ChannelDeferredError', retryAfterMs: WHATSAPP_BACKOFF_MS.pair })],
    ['80007 account limit (HTTP 429): later', { status: 429, code: 80007, message: 'Rate limit issues' }, (e) => expect(e).toBeInstanceOf(ChannelDeferredError)],
    ['5xx: later', META_ERRORS.serverError, (e) => expect(e).toMatchObject({ name: 'ChannelDeferredError', retryAfterMs: WHATSAPP_BACKOFF_MS.unavailable })],
    ['131026: refused, recipient unreachable', META_ERRORS.undeliverable, (e) => expect(e).toMatchObject({ name: 'ChannelRefusedError', code: 'whatsapp.undeliverable', recipientUnreachable: true })],
    ['131047: refused, outside the window', META_ERRORS.reEngagement, (e) => expect(e).toMatchObject({ name: 'ChannelRefusedError', code: 'whatsapp.outside_window', recipientUnreachable: false })],
    ['190 bad token: refused', META_ERRORS.badToken, (e) => expect(e).toMatchObject({ name: 'ChannelRefusedError', code: 'whatsapp.credentials_rejected', recipientUnreachable: false })],
    ['132001 unknown template: refused', META_ERRORS.templateMissing, (e) => expect(e).toMatchObject({ name: 'ChannelRefusedError', code: 'whatsapp.rejected', recipientUnreachable: false })],
  ];

  it.each(cases)('%s', async (_name, error, check) => {
    const context = await connected();
    const before = wa.sent.length;
    wa.failNext(error);
    const outcome = await send(sender(), message(context)).then(() => null, (e: unknown) => e);
    expect(outcome).not.toBeNull();
    check(outcome);
    expect(outcome instanceof ChannelDeferredError || outcome instanceof ChannelRefusedError).toBe(true);
    expect(wa.sent.length).toBe(before);
  });

  it('defers when the connection is refused (nothing was sent)', async () => {
    const gone = await startWhatsapp();
    const context = await connected(gone);
    await gone.close();
    await expect(send(sender(), message(context))).rejects.toBeInstanceOf(ChannelDeferredError);
  });

  it('rethrows a timeout after the request left: whether it was delivered is unknown', async () => {
    const context = await connected();
    const connection = (await medium.run(() => medium.get(WhatsappConnections).find(context.tenantId)))!;
    const before = wa.requests.length;
    wa.delayNext(1000);
    const api = new WhatsappCloudApi(connection, medium.get(ProviderHttp), 200);
    const error = await api.sendText('525512345678', 'Hola').then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError' });
    expect(whatsappSendError(error)).toBe(error);
    expect(wa.requests.length).toBe(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // let the stand-in answer into the void
  });
});

describe('throughput per phone number', () => {
  it('never exceeds the rate in any second at the provider while sustaining at least 90 % of it, across two processes', async () => {
    const rate = 20;
    const own = await startWhatsapp();
    const context = await connected(own);
    // Two "processes": their own limiter instances and Redis connections, one shared budget.
    const keyPrefix = `${TEST_QUEUE_PREFIX}:wa-rate:${Math.random()}`;
    const senders = [senderWith(throughput(rate, 3000, keyPrefix)), senderWith(throughput(rate, 3000, keyPrefix))];
    const until = Date.now() + 4500;
    const schedulingDelay = monitorEventLoopDelay({ resolution: 5 });
    schedulingDelay.enable();
    let failures = 0;
    await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      while (Date.now() < until) {
        try {
          await send(senders[i % 2]!, message(context));
        } catch (error) {
          if (!(error instanceof ChannelDeferredError)) failures++;
          else await new Promise((resolve) => setTimeout(resolve, error.retryAfterMs));
        }
      }
    }));
    schedulingDelay.disable();
    await own.close();
    expect(failures).toBe(0);
    const perSecond = new Map<number, number>();
    for (const { at } of own.sent) perSecond.set(Math.floor(at / 1000), (perSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
    const seconds = [...perSecond.keys()].sort((a, b) => a - b);
    // The first and last seconds are partly outside the run.
    const full = seconds.slice(1, -1).map((second) => perSecond.get(second) ?? 0);
    expect(full.length).toBeGreaterThanOrEqual(3);
    // Arrival at the provider adds this process's scheduling delay to the grant: sends granted at the
    // end of one second can land in the next. The spill allowed is what that delay, measured during
    // the run, can carry over (one send on a quiet machine; more only when the machine stalled us).
    const worstDelayMs = schedulingDelay.max / 1e6;
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(rate + 1 + Math.ceil((rate * worstDelayMs) / 1000));
    expect(full.reduce((sum, n) => sum + n, 0) / full.length).toBeGreaterThanOrEqual(0.9 * rate);
  }, 20_000);

  it('defers instead of waiting past its bound, and never fails the send', async () => {
    const context = await connected();
    const limiter = senderWith(throughput(3, 0));
    // All six within one clock second.
    await new Promise((resolve) => setTimeout(resolve, 1010 - (Date.now() % 1000)));
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => send(limiter, message(context)).then(() => 'sent', (e: unknown) => e)));
    const deferred = outcomes.filter((o) => o instanceof ChannelDeferredError) as ChannelDeferredError[];
    expect(outcomes.filter((o) => o === 'sent').length).toBeLessThanOrEqual(3);
    expect(outcomes.filter((o) => o === 'sent').length + deferred.length).toBe(6);
    for (const error of deferred) expect(error.retryAfterMs).toBeGreaterThan(0);
    expect(deferred.every((error) => error.retryAfterMs <= 2100)).toBe(true);
  });
});
