import { Inject, Injectable, Logger } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetContactQuery, type Contact } from '@leadline/crm-domain';
import {
  Clock, describeFailure, HandlesJob, JobScheduler, orNullIfNotFound, Queues, UnitOfWork, type CommandContext, type JobHandler,
} from '@leadline/shared-kernel';
import {
  CHANNEL_SENDERS, ChannelDeferredError, ChannelNotConfiguredError, ChannelRefusedError, CONTACT_CHANNEL_REPOSITORY, MESSAGE_REPOSITORY,
  MessagingErrorCodes, type ChannelSender, type ContactChannelRepository, type Message, type MessageFailure, type MessageRepository,
  type OutboundMessage, type SentMessage,
} from '../../domain/index.js';

export interface SendMessagePayload {
  readonly tenantId: string;
  readonly messageId: string;
  /** 1 for the first try; each deferral by the provider schedules the next. */
  readonly attempt: number;
}

/** A provider that keeps saying "later" for this many tries has had a day or more: the send is failed. */
export const MAX_DEFERRALS = 25;

const OUTCOME_UNKNOWN: MessageFailure = {
  code: 'outcome_unknown',
  message: 'the send was interrupted after the provider was called; whether it arrived is unknown, so it is not repeated',
};

type SendResult = { readonly sent: SentMessage } | { readonly error: unknown };

/**
 * Sends one queued message, at most once: the message is claimed (`queued → sending`) and
 * committed before the provider is called, with no transaction open during the call, and the
 * result is recorded after. A run that finds the message `sending` follows one that died
 * mid-call: the outcome is unknown and the message is failed, never sent again. A provider's
 * "later" (rate limits, greylisting) schedules another try after the delay it asked for; a
 * permanent refusal fails the message and, when it is about the recipient, marks the contact
 * unreachable on the channel.
 */
@Injectable()
@HandlesJob({ queue: Queues.domainEvents, name: 'messaging.send-message', atMostOnce: true, leaseMs: 5 * 60_000, attempts: 5 })
export class SendMessageJob implements JobHandler<SendMessagePayload> {
  private readonly logger = new Logger(SendMessageJob.name);
  private readonly senders: ReadonlyMap<string, ChannelSender>;

  constructor(
    @Inject(MESSAGE_REPOSITORY) private readonly messages: MessageRepository,
    @Inject(CONTACT_CHANNEL_REPOSITORY) private readonly channels: ContactChannelRepository,
    @Inject(CHANNEL_SENDERS) senders: readonly ChannelSender[],
    private readonly queries: QueryBus,
    private readonly scheduler: JobScheduler,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {
    this.senders = new Map(senders.map((sender) => [sender.channel, sender]));
  }

  async run({ tenantId, messageId, attempt }: SendMessagePayload): Promise<void> {
    const outbound = await this.uow.run(() => this.claim(tenantId, messageId));
    if (!outbound) return;
    let result: SendResult;
    try {
      const sender = this.senders.get(outbound.channel);
      if (!sender) throw new ChannelNotConfiguredError(outbound.channel);
      result = { sent: await sender.send(outbound) };
    } catch (error) {
      result = { error };
    }
    await this.uow.run(() => this.record(tenantId, messageId, attempt, result));
  }

  /** Told by the sweeper that a run died mid-send and will not be repeated. */
  async abandoned({ tenantId, messageId }: SendMessagePayload): Promise<void> {
    await this.uow.run(async () => {
      const message = await this.messages.find(tenantId, messageId);
      if (message?.snapshot.status !== 'sending') return;
      message.fail(OUTCOME_UNKNOWN, this.clock.now());
      await this.messages.save(message, systemContext(tenantId));
    });
  }

  /** The message to send, claimed; null when there is nothing to send (already sent, failed, deleted, or refused now). */
  private async claim(tenantId: string, messageId: string): Promise<OutboundMessage | null> {
    const message = await this.messages.find(tenantId, messageId);
    if (!message) return null;
    const context = systemContext(tenantId);
    const now = this.clock.now();
    if (message.snapshot.status === 'sending') {
      await this.failWith(message, OUTCOME_UNKNOWN, context);
      return null;
    }
    if (!message.startSending()) return null;
    const { contactId, channel } = message.snapshot;
    const contact = await this.contact(tenantId, contactId);
    const contactChannel = await this.channels.get(tenantId, contactId, channel);
    const refusal = contactChannel.refusal;
    const to = contact ? contactChannel.addressFor(contact.snapshot) : null;
    if (refusal || !to) {
      const reason = refusal ?? 'no_address';
      await this.failWith(message, { code: MessagingErrorCodes.channelUnreachable, message: `the contact is ${reason.replace('_', ' ')} on ${channel}` }, context);
      return null;
    }
    let whatsappTemplate = null;
    if (channel === 'whatsapp' && !contactChannel.withinWhatsappWindow(now)) {
      whatsappTemplate = message.snapshot.whatsappTemplate;
      if (!whatsappTemplate) {
        await this.failWith(message, { code: MessagingErrorCodes.whatsappOutsideWindow, message: 'outside the 24-hour window and no approved template' }, context);
        return null;
      }
    }
    await this.messages.save(message, context);
    const { subject, body } = message.snapshot;
    return { tenantId, messageId, channel, to, subject, body, whatsappTemplate };
  }

  private async record(tenantId: string, messageId: string, attempt: number, result: SendResult): Promise<void> {
    const message = await this.messages.find(tenantId, messageId);
    if (message?.snapshot.status !== 'sending') return;
    const context = systemContext(tenantId);
    const now = this.clock.now();
    if ('sent' in result) {
      message.sent(result.sent.providerMessageId, now);
      return this.messages.save(message, context);
    }
    const { error } = result;
    if (error instanceof ChannelDeferredError && attempt < MAX_DEFERRALS) {
      message.deferred();
      await this.messages.save(message, context);
      await this.scheduler.schedule(SendMessageJob, { tenantId, messageId, attempt: attempt + 1 }, {
        tenantId, key: `${messageId}:${attempt + 1}`, dueAt: new Date(now.getTime() + Math.max(error.retryAfterMs, 1000)),
      });
      return;
    }
    if (error instanceof ChannelRefusedError && error.recipientUnreachable) {
      const channel = await this.channels.get(tenantId, message.snapshot.contactId, message.snapshot.channel);
      channel.markUnreachable(error.code, now);
      await this.channels.save(channel, context);
    }
    if (!(error instanceof ChannelRefusedError || error instanceof ChannelDeferredError || error instanceof ChannelNotConfiguredError)) {
      this.logger.warn(`message ${messageId}: outcome unknown after ${describeFailure(error)}`);
    }
    message.fail(failureOf(error), now);
    await this.messages.save(message, context);
  }

  private async failWith(message: Message, failure: MessageFailure, context: CommandContext): Promise<void> {
    message.fail(failure, this.clock.now());
    await this.messages.save(message, context);
  }

  private contact(tenantId: string, contactId: string): Promise<Contact | null> {
    return orNullIfNotFound(this.queries.execute(new GetContactQuery(tenantId, contactId)));
  }
}

function failureOf(error: unknown): MessageFailure {
  if (error instanceof ChannelRefusedError) return { code: error.code, message: error.message };
  if (error instanceof ChannelDeferredError) return { code: 'provider.deferred_too_long', message: `the provider kept deferring the send: ${error.message}` };
  if (error instanceof ChannelNotConfiguredError) return { code: MessagingErrorCodes.channelNotConfigured, message: error.message };
  return { ...OUTCOME_UNKNOWN, message: `${OUTCOME_UNKNOWN.message} (${describeFailure(error)})` };
}

function systemContext(tenantId: string): CommandContext {
  return { tenantId, actor: { type: 'system', id: null, name: 'message sender' }, requestId: null };
}
