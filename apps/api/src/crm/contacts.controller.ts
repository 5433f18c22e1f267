import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEmail, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  CreateContactCommand, CrmErrorCodes, DeleteContactCommand, GetContactQuery, ListContactsQuery, ReferenceDataErrorCodes,
  UpdateContactCommand, type Contact, type ContactDetails,
} from '@leadline/crm-domain';
import { GetContactChannelsQuery } from '@leadline/messaging';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context } from '../http/auth.js';
import { ApiProblems, ContactView, EXAMPLE_IDS, pageOf, requestExamples } from '../http/openapi.js';
import { optionalDate, PageQuery, pageRequest, pageResponse, UuidParam } from '../http/validation.js';
import { presentContact } from './presenters.js';

export class ContactBody {
  @ApiPropertyOptional({ type: String, example: 'María', nullable: true }) @IsOptional() @IsString() @MaxLength(200)
  first_name?: string | null;

  @ApiPropertyOptional({ type: String, example: 'López', nullable: true }) @IsOptional() @IsString() @MaxLength(200)
  last_name?: string | null;

  @ApiPropertyOptional({
    type: String, example: '55 1234 5678', nullable: true,
    description: 'Normalised to E.164; numbers without a country code are read in DEFAULT_PHONE_REGION (unique per tenant)',
  })
  @IsOptional() @IsString() @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, format: 'email', example: 'maria@example.com', nullable: true }) @IsOptional() @IsEmail() @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, example: '1234567890', nullable: true, description: 'ManyChat subscriber id (unique per tenant)' }) @IsOptional() @IsString() @MaxLength(100)
  manychat_id?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A channel of this tenant (unknown → 422 channel.unknown)' }) @IsOptional() @IsUUID()
  channel_id?: string | null;

  @ApiPropertyOptional({ type: String, example: '2025-07-11T17:14:31.220Z', nullable: true, description: 'ISO-8601, any offset' }) @IsOptional() @IsISO8601({ strict: true })
  subscribed_at?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Nuevo Lead', nullable: true }) @IsOptional() @IsString() @MaxLength(200)
  last_state?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Nuevo', nullable: true }) @IsOptional() @IsString() @MaxLength(200)
  initial_state?: string | null;
}

export class ContactPatch extends PartialType(ContactBody) {}

export class ContactListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Normalised like the stored phone before matching' }) @IsOptional() @IsString() @MaxLength(40)
  phone?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  manychat_id?: string;

  @ApiPropertyOptional({ description: 'Prefix of first name, last name, e-mail or phone; case- and accent-insensitive (hernandez finds Hernández)' }) @IsOptional() @IsString() @MaxLength(100)
  q?: string;
}

const CONTACT_EXAMPLES = requestExamples({
  minimal: { summary: 'A name and a phone', value: { first_name: 'María', phone: '55 1234 5678' } },
  full: {
    summary: 'Every field',
    value: {
      first_name: 'María', last_name: 'López', phone: '+52 55 8765 4321', email: 'maria.lopez@example.com',
      manychat_id: '1234567890123456', channel_id: EXAMPLE_IDS.channel, subscribed_at: '2025-07-11T17:14:31.220Z',
      last_state: 'Nuevo Lead', initial_state: 'Nuevo',
    },
  },
});

const CONTACT_PATCH_EXAMPLES = requestExamples({
  change: { summary: 'Change some fields', value: { last_state: 'Calificado', email: 'maria.lopez@example.com' } },
  clear: { summary: 'Clear a field with null', value: { email: null } },
});

function toDetails(body: ContactBody): ContactDetails {
  return {
    firstName: body.first_name,
    lastName: body.last_name,
    phone: body.phone,
    email: body.email,
    manychatId: body.manychat_id,
    channelId: body.channel_id,
    subscribedAt: optionalDate(body.subscribed_at),
    lastState: body.last_state,
    initialState: body.initial_state,
  };
}

@ApiTags('contacts')
@Controller('api/v1/crm/contacts')
export class ContactsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create a contact (phone and manychat_id are unique per tenant)',
    description: 'A channel_id that is not a channel of this tenant answers 422 channel.unknown.',
  })
  @ApiBody({ type: ContactBody, examples: CONTACT_EXAMPLES })
  @ApiCreatedResponse({ type: ContactView, description: 'The contact, phone in E.164' })
  @ApiProblems(CrmErrorCodes.contactDuplicate, ReferenceDataErrorCodes.channelUnknown)
  async create(@Context() ctx: CommandContext, @Body() body: ContactBody) {
    return this.present(ctx.tenantId, await this.commands.execute(new CreateContactCommand(ctx, toDetails(body))));
  }

  @Get()
  @ApiOperation({ summary: 'List contacts, newest first' })
  @ApiOkResponse({ type: pageOf(ContactView), description: 'A page of contacts' })
  async list(@Context() ctx: CommandContext, @Query() query: ContactListQuery) {
    const page = await this.queries.execute(new ListContactsQuery(ctx.tenantId, {
      phone: query.phone,
      manychatId: query.manychat_id,
      q: query.q,
    }, pageRequest(query)));
    const channels = await this.queries.execute(new GetContactChannelsQuery(ctx.tenantId, page.data.map((contact) => contact.snapshot.id)));
    return pageResponse(page, (contact) => presentContact(contact, channels.get(contact.snapshot.id) ?? []));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a contact' })
  @ApiOkResponse({ type: ContactView, description: 'The contact' })
  @ApiProblems(CommonErrorCodes.notFound)
  async get(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return this.present(ctx.tenantId, await this.queries.execute(new GetContactQuery(ctx.tenantId, id)));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change some fields of a contact; null clears a field',
    description: 'A channel_id that is not a channel of this tenant answers 422 channel.unknown.',
  })
  @ApiBody({ type: ContactPatch, examples: CONTACT_PATCH_EXAMPLES })
  @ApiOkResponse({ type: ContactView, description: 'The contact as changed' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CrmErrorCodes.contactDuplicate, ReferenceDataErrorCodes.channelUnknown)
  async update(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: ContactPatch) {
    return this.present(ctx.tenantId, await this.commands.execute(new UpdateContactCommand(ctx, id, toDetails(body))));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a contact that has no opportunities' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CrmErrorCodes.contactHasOpportunities)
  async remove(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    await this.commands.execute(new DeleteContactCommand(ctx, id));
  }

  private async present(tenantId: string, contact: Contact) {
    const channels = await this.queries.execute(new GetContactChannelsQuery(tenantId, [contact.snapshot.id]));
    return presentContact(contact, channels.get(contact.snapshot.id) ?? []);
  }
}
