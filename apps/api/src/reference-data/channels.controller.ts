import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags,
  PartialType,
} from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  CreateChannelCommand, DeleteChannelCommand, GetChannelQuery, ListChannelsQuery, ReferenceDataErrorCodes, UpdateChannelCommand,
} from '@leadline/crm-domain';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context } from '../http/auth.js';
import { ApiProblems, pageOf, requestExamples } from '../http/openapi.js';
import { PageQuery, pageRequest, pageResponse, UuidParam } from '../http/validation.js';
import { presentChannel } from './presenters.js';
import { ChannelView } from './views.js';

export class ChannelBody {
  @ApiProperty({ example: 'Facebook Messenger' }) @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Canal oficial de Facebook', nullable: true, type: String })
  @IsOptional() @IsString() @MaxLength(2000)
  description?: string | null;
}

export class ChannelPatch extends PartialType(ChannelBody) {}

const CREATE_EXAMPLES = requestExamples({
  full: { summary: 'A name and a description', value: { name: 'Facebook Messenger', description: 'Canal oficial de Facebook' } },
  minimal: { summary: 'Only the name', value: { name: 'WhatsApp' } },
});

const UPDATE_EXAMPLES = requestExamples({
  describe: { summary: 'Change the description', value: { description: 'Anuncios de Facebook e Instagram' } },
});

@ApiTags('channels')
@Controller('api/v1/channels')
export class ChannelsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a channel leads arrive through (Facebook, WhatsApp …)' })
  @ApiBody({ type: ChannelBody, examples: CREATE_EXAMPLES })
  @ApiCreatedResponse({ type: ChannelView, description: 'The channel' })
  async create(@Context() ctx: CommandContext, @Body() body: ChannelBody) {
    return presentChannel(await this.commands.execute(new CreateChannelCommand(ctx, body)));
  }

  @Get()
  @ApiOperation({ summary: 'List channels, newest first' })
  @ApiOkResponse({ type: pageOf(ChannelView), description: 'A page of channels' })
  async list(@Context() ctx: CommandContext, @Query() query: PageQuery) {
    return pageResponse(await this.queries.execute(new ListChannelsQuery(ctx.tenantId, pageRequest(query))), presentChannel);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a channel' })
  @ApiOkResponse({ type: ChannelView, description: 'The channel' })
  @ApiProblems(CommonErrorCodes.notFound)
  async get(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentChannel(await this.queries.execute(new GetChannelQuery(ctx.tenantId, id)));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the name or description of a channel' })
  @ApiBody({ type: ChannelPatch, examples: UPDATE_EXAMPLES })
  @ApiOkResponse({ type: ChannelView, description: 'The channel as changed' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion)
  async update(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: ChannelPatch) {
    return presentChannel(await this.commands.execute(new UpdateChannelCommand(ctx, id, body)));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a channel no campaign or contact uses (else 409 channel.in_use)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, ReferenceDataErrorCodes.channelInUse)
  async remove(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    await this.commands.execute(new DeleteChannelCommand(ctx, id));
  }
}
