import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetContactQuery, GetOpportunityQuery, type Contact } from '@leadline/crm-domain';
import {
  ChangeOptOutCommand, GetContactChannelsQuery, ListMessagesQuery, MessagingErrorCodes, SendMessageCommand, type Message,
} from '@leadline/messaging';
import { CommonErrorCodes, InvalidInputError, type CommandContext } from '@leadline/shared-kernel';
import { Context } from '../http/auth.js';
import { ApiProblems, ContactView, pageOf } from '../http/openapi.js';
import { PageQuery, pageRequest, pageResponse, UuidParam } from '../http/validation.js';
import { presentContact } from '../crm/presenters.js';
import {
  MessageView, OPT_OUT_EXAMPLES, OptOutBody, presentMessage, SEND_MESSAGE_EXAMPLES, SendMessageBody,
} from './message.dto.js';

const SENDING_RULES = 'Refused at once, with nothing queued: a contact opted out of the channel or unreachable there, or with no ' +
  'address on it (no linked Telegram chat, no e-mail) → 422 message.channel_unreachable; a template variable with no value and no ' +
  'default → 422 template.missing_variable; WhatsApp free text more than 24 hours after the lead last wrote, with no approved ' +
  'template → 422 whatsapp.outside_window; a channel the tenant has not connected → 409 channel.not_configured. The worker then ' +
  'sends it once: a provider rate limit delays it (never fails it); a permanent refusal fails it and marks the contact unreachable ' +
  'on the channel; a send interrupted mid-call is failed with outcome_unknown, never repeated.';

@ApiTags('messages')
@Controller('api/v1/crm')
export class ContactMessagesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('contacts/:id/messages')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send one message to a contact on telegram, whatsapp or email', description: SENDING_RULES })
  @ApiBody({ type: SendMessageBody, examples: SEND_MESSAGE_EXAMPLES })
  @ApiAcceptedResponse({ type: MessageView, description: 'The message, queued; follow it in GET …/messages' })
  @ApiProblems(
    CommonErrorCodes.notFound, MessagingErrorCodes.channelUnreachable, MessagingErrorCodes.templateMissingVariable,
    MessagingErrorCodes.templateTooLong, MessagingErrorCodes.whatsappOutsideWindow, MessagingErrorCodes.channelNotConfigured,
    MessagingErrorCodes.templateUnknown, MessagingErrorCodes.opportunityUnknown,
  )
  async send(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: SendMessageBody) {
    if ((body.template_id === undefined) === (body.body === undefined)) {
      throw new InvalidInputError('body', 'give either template_id or body, not both');
    }
    const message: Message = await this.commands.execute(new SendMessageCommand(ctx, id, {
      channel: body.channel, templateId: body.template_id, body: body.body, subject: body.subject, opportunityId: body.opportunity_id,
    }));
    return presentMessage(message.snapshot);
  }

  @Get('contacts/:id/messages')
  @ApiOperation({ summary: "A contact's messages on every channel, sent and received, newest first" })
  @ApiOkResponse({ type: pageOf(MessageView), description: 'A page of messages' })
  @ApiProblems(CommonErrorCodes.notFound)
  async contactTimeline(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Query() query: PageQuery) {
    await this.queries.execute(new GetContactQuery(ctx.tenantId, id));
    return pageResponse(await this.queries.execute(new ListMessagesQuery(ctx.tenantId, { contactId: id }, pageRequest(query))), presentMessage);
  }

  @Get('opportunities/:id/messages')
  @ApiOperation({ summary: "An opportunity's messages on every channel, sent and received, newest first" })
  @ApiOkResponse({ type: pageOf(MessageView), description: 'A page of messages' })
  @ApiProblems(CommonErrorCodes.notFound)
  async opportunityTimeline(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Query() query: PageQuery) {
    await this.queries.execute(new GetOpportunityQuery(ctx.tenantId, id));
    return pageResponse(await this.queries.execute(new ListMessagesQuery(ctx.tenantId, { opportunityId: id }, pageRequest(query))), presentMessage);
  }

  @Post('contacts/:id/opt-out')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record that the lead does not want messages (or calls) on a channel',
    description: 'Every later send on the channel is refused (422 message.channel_unreachable; a campaign skips it). ' +
      'A lead also opts out by writing a stop word (STOP, BAJA, ALTO, CANCELAR, UNSUBSCRIBE) or by blocking the Telegram bot.',
  })
  @ApiBody({ type: OptOutBody, examples: OPT_OUT_EXAMPLES })
  @ApiOkResponse({ type: ContactView, description: 'The contact, with its opt_outs' })
  @ApiProblems(CommonErrorCodes.notFound)
  async optOut(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: OptOutBody) {
    return this.changeOptOut(ctx, id, body, true);
  }

  @Post('contacts/:id/opt-in')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record that the lead wants messages on a channel again',
    description: 'Lifts an opt-out; a provider\'s verdict that the address is unreachable stays until the lead links the channel again.',
  })
  @ApiBody({ type: OptOutBody, examples: OPT_OUT_EXAMPLES })
  @ApiOkResponse({ type: ContactView, description: 'The contact, with its opt_outs' })
  @ApiProblems(CommonErrorCodes.notFound)
  async optIn(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: OptOutBody) {
    return this.changeOptOut(ctx, id, body, false);
  }

  private async changeOptOut(ctx: CommandContext, contactId: string, body: OptOutBody, optedOut: boolean) {
    await this.commands.execute(new ChangeOptOutCommand(ctx, contactId, body.channel, optedOut));
    const contact: Contact = await this.queries.execute(new GetContactQuery(ctx.tenantId, contactId));
    const channels = await this.queries.execute(new GetContactChannelsQuery(ctx.tenantId, [contactId]));
    return presentContact(contact, channels.get(contactId) ?? []);
  }
}
