import { Inject } from '@nestjs/common';
import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { GetContactQuery, type Contact } from '@leadline/crm-domain';
import { IntegrationSettings } from '@leadline/platform';
import { Clock, InvalidInputError, JobScheduler, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  channelNotConfigured, channelUnreachable, CONTACT_CHANNEL_REPOSITORY, Message, MESSAGE_REPOSITORY, renderForSending,
  RENDERED_LENGTH_LIMITS, TEMPLATE_ENGINE, TEMPLATE_REPOSITORY, templateUnknown, TemplateTooLongError, whatsappOutsideWindow, whatsappParameters,
  type ContactChannelRepository, type MessageChannel, type MessageRepository, type TemplateEngine, type TemplateRepository,
  type WhatsappTemplateSend,
} from '../../domain/index.js';
import { leadValues, renderValuesOf } from '../lead-values.js';
import { SendMessageJob } from './send-message.job.js';

export interface OneOffMessage {
  readonly channel: MessageChannel;
  readonly templateId?: string;
  /** Free text instead of a template (not Liquid: sent as written). */
  readonly body?: string;
  /** E-mail only, with `body`. */
  readonly subject?: string;
  readonly opportunityId?: string;
  /** A campaign step's send: recorded on the message, and `campaign_name` in the render context. */
  readonly campaign?: { readonly id: string; readonly name: string; readonly enrollmentId: string };
  /**
   * The render context of `opportunityId` (contract §9) when the caller already read it in this
   * transaction (the campaign engine reads it for its exit checks and conditions): not read again.
   */
  readonly lead?: Readonly<Record<string, unknown>>;
}

export class SendMessageCommand extends Command<Message> {
  constructor(readonly context: CommandContext, readonly contactId: string, readonly input: OneOffMessage) {
    super();
  }
}

/**
 * An agent's one-off message (contract §9a): checked and rendered now, so a refusal is the
 * request's answer (opted out, no address, a missing variable, outside WhatsApp's window without
 * an approved template) and nothing is queued; then the message and its send job are written in
 * one transaction, and the worker sends it.
 */
@CommandHandler(SendMessageCommand)
export class SendMessageHandler implements ICommandHandler<SendMessageCommand> {
  constructor(
    @Inject(TEMPLATE_REPOSITORY) private readonly templates: TemplateRepository,
    @Inject(TEMPLATE_ENGINE) private readonly engine: TemplateEngine,
    @Inject(MESSAGE_REPOSITORY) private readonly messages: MessageRepository,
    @Inject(CONTACT_CHANNEL_REPOSITORY) private readonly channels: ContactChannelRepository,
    private readonly integrations: IntegrationSettings,
    private readonly queries: QueryBus,
    private readonly scheduler: JobScheduler,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute({ context, contactId, input }: SendMessageCommand): Promise<Message> {
    const { tenantId } = context;
    const contact: Contact = await this.queries.execute(new GetContactQuery(tenantId, contactId));
    const now = this.clock.now();
    const channelState = await this.channels.get(tenantId, contactId, input.channel);
    const refusal = channelState.refusal;
    if (refusal) throw channelUnreachable(input.channel, refusal);
    if (!channelState.addressFor(contact.snapshot)) throw channelUnreachable(input.channel, 'no_address');
    if (!(await this.integrations.find(tenantId, input.channel))) throw channelNotConfigured(input.channel);

    const { opportunityId, ...content } = await this.content(tenantId, contactId, input);
    if (input.channel === 'whatsapp' && !content.whatsappTemplate && !channelState.withinWhatsappWindow(now)) throw whatsappOutsideWindow();

    const message = Message.queue({
      tenantId, contactId, opportunityId: input.opportunityId ?? opportunityId, channel: input.channel, ...content,
      campaignId: input.campaign?.id ?? null, enrollmentId: input.campaign?.enrollmentId ?? null,
    }, now);
    await this.uow.run(async () => {
      await this.messages.add(message, context);
      await this.scheduler.schedule(SendMessageJob, { tenantId, messageId: message.snapshot.id, attempt: 1 }, { tenantId, key: message.snapshot.id });
    });
    return message;
  }

  private async content(tenantId: string, contactId: string, input: OneOffMessage): Promise<{
    subject: string | null; body: string; templateId: string | null; templateVersion: number | null;
    whatsappTemplate: WhatsappTemplateSend | null; opportunityId: string | null;
  }> {
    if (input.templateId === undefined) {
      const body = input.body ?? '';
      const limit = RENDERED_LENGTH_LIMITS[input.channel];
      if (body.length > limit) throw new TemplateTooLongError(input.channel, body.length, limit);
      if (input.channel === 'email' && !input.subject) throw new InvalidInputError('subject', 'an e-mail sent without a template needs a subject');
      return { subject: input.channel === 'email' ? input.subject! : null, body, templateId: null, templateVersion: null, whatsappTemplate: null, opportunityId: null };
    }
    const template = await this.templates.find(tenantId, input.templateId);
    if (!template) throw templateUnknown(input.templateId);
    const state = template.snapshot;
    if (state.channel !== input.channel) {
      throw new InvalidInputError('template_id', `template ${state.id} is written for ${state.channel}, not ${input.channel}`);
    }
    // A given context must be the opportunity's of this contact; otherwise leadValues reads it and refuses the mismatch.
    const values = input.lead && input.opportunityId !== undefined && input.lead.opportunity_id === input.opportunityId && input.lead.contact_id === contactId
      ? renderValuesOf(input.lead)
      : await leadValues(this.queries, tenantId, { contactId, opportunityId: input.opportunityId, campaignName: input.campaign?.name });
    const { subject, body } = renderForSending(state, values, this.engine);
    const whatsappTemplate = state.whatsapp === null ? null
      : { name: state.whatsapp.templateName, language: state.whatsapp.language, parameters: whatsappParameters(state, values) };
    const opportunityId = typeof values.opportunity_id === 'string' ? values.opportunity_id : null;
    return { subject, body, templateId: state.id, templateVersion: state.version, whatsappTemplate, opportunityId };
  }
}
