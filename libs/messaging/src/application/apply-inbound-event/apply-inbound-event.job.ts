import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetContactQuery, ListContactsQuery, ListOpportunitiesQuery, type Contact, type OpportunityView } from '@leadline/crm-domain';
import { Clock, HandlesJob, InvalidInputError, orNullIfNotFound, Queues, UnitOfWork, type CommandContext, type JobHandler, type Page } from '@leadline/shared-kernel';
import {
  CONTACT_CHANNEL_REPOSITORY, isStopWord, Message, MESSAGE_REPOSITORY, type ContactChannelRepository, type InboundEvent,
  type MessageChannel, type MessageRepository,
} from '../../domain/index.js';
import { MessagingInbox } from '../../infrastructure/messaging-inbox.js';

export interface ApplyInboundEventPayload {
  readonly tenantId: string;
  readonly inboxId: string;
}

interface Outcome {
  readonly status: 'processed' | 'ignored';
  readonly outcome: string;
}

/** Our Message-IDs are `<message id@domain>`: a reply's In-Reply-To/References name the message it answers. */
const OUR_MESSAGE_ID = /^<?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@/i;

/**
 * Applies one stored provider event (contract §9a): a lead's message goes to their timeline and
 * publishes `message.received` (a stop word opts them out instead of being answered), a link
 * attaches a chat to a contact, a block opts out, a status moves our message forward. The event,
 * its effects and the inbox row's outcome commit together, so a replay finds the row done.
 */
@Injectable()
@HandlesJob({ queue: Queues.domainEvents, name: 'messaging.apply-inbound-event' })
export class ApplyInboundEventJob implements JobHandler<ApplyInboundEventPayload> {
  constructor(
    private readonly inbox: MessagingInbox,
    private readonly uow: UnitOfWork,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
    @Inject(MESSAGE_REPOSITORY) private readonly messages: MessageRepository,
    @Inject(CONTACT_CHANNEL_REPOSITORY) private readonly channels: ContactChannelRepository,
  ) {}

  async run({ tenantId, inboxId }: ApplyInboundEventPayload): Promise<void> {
    await this.uow.run(async () => {
      const row = await this.inbox.find(tenantId, inboxId, { lock: true });
      if (!row || row.status !== 'pending') return;
      const context: CommandContext = { tenantId, actor: { type: 'system', id: null, name: `${row.channel} webhook` }, requestId: null };
      const { status, outcome } = await this.apply(context, row.event);
      await this.inbox.finish(tenantId, inboxId, status, outcome);
    });
  }

  private async apply(context: CommandContext, event: InboundEvent): Promise<Outcome> {
    const now = this.clock.now();
    switch (event.kind) {
      case 'message':
        return this.receive(context, event);
      case 'link': {
        const contact = await this.contactById(context.tenantId, event.contactId);
        if (!contact) return { status: 'ignored', outcome: `contact ${event.contactId} no longer exists` };
        return this.link(context, event.channel, contact.snapshot.id, event.from.address, now);
      }
      case 'link_by_phone': {
        const contact = await this.contactBy(context.tenantId, { phone: event.from.phone });
        if (!contact) return { status: 'ignored', outcome: 'no contact has the shared phone' };
        return this.link(context, event.channel, contact.snapshot.id, event.from.address, now);
      }
      case 'opt_out': {
        const channel = await this.channels.findByAddress(context.tenantId, event.channel, event.from.address);
        if (!channel) return { status: 'ignored', outcome: 'no contact is linked to that address' };
        channel.optOut(now, 'provider');
        await this.channels.save(channel, context);
        return { status: 'processed', outcome: `contact ${channel.snapshot.contactId} opted out` };
      }
      case 'status': {
        const message = await this.messages.findByProviderId(context.tenantId, event.channel, 'outbound', event.providerMessageId);
        if (!message) return { status: 'ignored', outcome: 'no message of ours has that provider id' };
        if (!message.reportStatus(event.status, event.error ?? null, now)) return { status: 'ignored', outcome: `already ${message.snapshot.status}` };
        await this.messages.save(message, context);
        return { status: 'processed', outcome: `message ${message.snapshot.id} ${event.status}` };
      }
    }
  }

  private async receive(context: CommandContext, event: Extract<InboundEvent, { kind: 'message' }>): Promise<Outcome> {
    const { tenantId } = context;
    const answered = await this.answeredMessage(tenantId, event);
    const contactId = answered?.snapshot.contactId ?? await this.senderContactId(tenantId, event.channel, event.from);
    if (!contactId) return { status: 'ignored', outcome: `no contact for ${event.channel} sender` };
    const receivedAt = new Date(event.receivedAt);
    const channel = await this.channels.get(tenantId, contactId, event.channel);
    channel.heardFrom(receivedAt);
    if (event.channel === 'whatsapp' && channel.snapshot.address === null) channel.link(event.from.address, receivedAt);
    const stopWord = isStopWord(event.text);
    if (stopWord) channel.optOut(receivedAt, 'stop_word');
    await this.channels.save(channel, context);
    const opportunityId = answered?.snapshot.opportunityId ?? await this.newestOpportunityId(tenantId, contactId);
    const message = Message.receive({
      tenantId, contactId, opportunityId, channel: event.channel, subject: event.subject ?? null, body: event.text,
      providerMessageId: event.providerMessageId, inReplyTo: answered?.snapshot.id ?? null, receivedAt, stopWord,
    });
    await this.messages.add(message, context);
    return { status: 'processed', outcome: stopWord ? `contact ${contactId} opted out by stop word` : `message ${message.snapshot.id}` };
  }

  private async answeredMessage(tenantId: string, event: Extract<InboundEvent, { kind: 'message' }>): Promise<Message | null> {
    for (const reference of event.replyTo ?? []) {
      const id = OUR_MESSAGE_ID.exec(reference.trim())?.[1];
      const message = id ? await this.messages.find(tenantId, id.toLowerCase()) : null;
      if (message?.snapshot.direction === 'outbound' && message.snapshot.channel === event.channel) return message;
    }
    return null;
  }

  /** By the linked address, then by what the provider vouches for: the phone (WhatsApp) or the e-mail address. */
  private async senderContactId(tenantId: string, channel: MessageChannel, from: { address: string; phone?: string | null }): Promise<string | null> {
    if (channel !== 'email') {
      const linked = await this.channels.findByAddress(tenantId, channel, from.address);
      if (linked) return linked.snapshot.contactId;
    }
    if (channel === 'email') return (await this.contactBy(tenantId, { email: from.address }))?.snapshot.id ?? null;
    if (from.phone) return (await this.contactBy(tenantId, { phone: from.phone }))?.snapshot.id ?? null;
    return null;
  }

  private async link(context: CommandContext, channelName: MessageChannel, contactId: string, address: string, now: Date): Promise<Outcome> {
    const channel = await this.channels.get(context.tenantId, contactId, channelName);
    channel.link(address, now);
    await this.channels.save(channel, context);
    return { status: 'processed', outcome: `linked to contact ${contactId}` };
  }

  private async contactBy(tenantId: string, filter: { phone?: string; email?: string }): Promise<Contact | null> {
    const phone = filter.phone === undefined ? undefined : filter.phone.startsWith('+') ? filter.phone : `+${filter.phone}`;
    try {
      const page: Page<Contact> = await this.queries.execute(new ListContactsQuery(tenantId, { ...filter, ...(phone ? { phone } : {}) }, { limit: 1 }));
      return page.data[0] ?? null;
    } catch (error) {
      if (error instanceof InvalidInputError) return null; // a phone that does not parse names nobody
      throw error;
    }
  }

  private contactById(tenantId: string, contactId: string): Promise<Contact | null> {
    return orNullIfNotFound(this.queries.execute(new GetContactQuery(tenantId, contactId)));
  }

  private async newestOpportunityId(tenantId: string, contactId: string): Promise<string | null> {
    const page: Page<OpportunityView> = await this.queries.execute(new ListOpportunitiesQuery(tenantId, { contactId }, { limit: 1 }));
    return page.data[0]?.id ?? null;
  }
}
