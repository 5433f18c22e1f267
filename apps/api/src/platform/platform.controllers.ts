import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import {
  API_KEY_ROLES, CreateApiKeyCommand, CreateTenantCommand, ListApiKeysQuery, ListAuditLogQuery, ListTenantsQuery,
  PlatformErrorCodes, RevokeApiKeyCommand, type ApiKeyRole, type ApiKeyRow, type AuditRow, type IssuedApiKey, type TenantRow,
} from '@leadline/platform';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context, PlatformAdmin, Roles, type AuthenticatedRequest } from '../http/auth.js';
import { SecretInResponse } from '../http/idempotency.interceptor.js';
import { ApiProblems, pageOf, requestExamples } from '../http/openapi.js';
import { NotBlank, PageQuery, pageRequest, pageResponse, UuidParam } from '../http/validation.js';

export class CreateTenantBody {
  @ApiProperty({ example: 'Agencia Norte' }) @IsString() @MinLength(1) @MaxLength(200) @NotBlank()
  name!: string;

  @ApiPropertyOptional({ example: 'agencia-norte', pattern: '^[a-z0-9][a-z0-9-]{1,62}$' })
  @IsOptional() @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/)
  slug?: string;
}

export class CreateApiKeyBody {
  @ApiProperty({ example: 'Call center agents' }) @IsString() @MinLength(1) @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: API_KEY_ROLES }) @IsIn(API_KEY_ROLES)
  role!: ApiKeyRole;
}

const AUDITED_ENTITY_TYPES = [
  'contact', 'pipeline', 'opportunity', 'call', 'channel', 'advisor', 'campaign', 'campaign_member', 'integration', 'tenant', 'api_key',
  'template', 'ai_agent',
];

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDITED_ENTITY_TYPES }) @IsOptional() @IsIn(AUDITED_ENTITY_TYPES)
  entity_type?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  entity_id?: string;
}

class IssuedKeyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: API_KEY_ROLES }) role!: string;
  @ApiProperty({
    type: String, nullable: true, example: 'll_3q2Yc8pXnVtA0b4kR7mLwZsE1uHdJ6gF9iOyTeKxN5M',
    description: 'The key itself: shown only in this response, store it now. null in an Idempotency-Key replay (never stored)',
  })
  key!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

class TenantView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

class CreatedTenantView extends TenantView {
  @ApiProperty({ type: IssuedKeyView }) api_key!: IssuedKeyView;
}

class ApiKeyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: API_KEY_ROLES }) role!: string;
  @ApiProperty({ example: 'll_AbCdEfGh', description: 'First characters of the key, to recognise it' }) prefix!: string;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) last_used_at!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) revoked_at!: string | null;
}

class AuditActorView {
  @ApiProperty({ enum: ['api_key', 'system', 'webhook'] }) type!: string;
  @ApiProperty({ nullable: true, type: String }) id!: string | null;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
}

class AuditEntryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: AuditActorView }) actor!: AuditActorView;
  @ApiProperty({ example: 'stage_changed' }) action!: string;
  @ApiProperty({ example: 'opportunity' }) entity_type!: string;
  @ApiProperty({ format: 'uuid' }) entity_id!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/FieldChangeView' },
    example: { stage: { from: 'agent_initial', to: 'perfilamiento' } },
    description: 'Changed fields with their old and new values',
  })
  changes!: Record<string, { from: unknown; to: unknown }>;
  @ApiProperty({ nullable: true, type: String }) request_id!: string | null;
}

const presentTenant = (t: TenantRow) => ({ id: t.id, name: t.name, slug: t.slug, created_at: t.created_at.toISOString() });
const presentIssuedKey = (k: IssuedApiKey) => ({
  id: k.id, name: k.name, role: k.role, key: k.key, created_at: k.created_at.toISOString(),
});
const presentApiKey = (k: ApiKeyRow) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  prefix: k.prefix,
  created_at: k.created_at.toISOString(),
  last_used_at: k.last_used_at?.toISOString() ?? null,
  revoked_at: k.revoked_at?.toISOString() ?? null,
});
const presentAuditEntry = (e: AuditRow) => ({
  id: e.id,
  at: e.at.toISOString(),
  actor: { type: e.actor_type, id: e.actor_id, name: e.actor_name },
  action: e.action,
  entity_type: e.entity_type,
  entity_id: e.entity_id,
  changes: e.changes,
  request_id: e.request_id,
});

@ApiTags('platform admin')
@PlatformAdmin()
@Controller('api/v1/admin/tenants')
export class TenantsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @SecretInResponse('api_key.key')
  @ApiOperation({
    summary: 'Create a tenant with its first admin key and default pipeline (X-Admin-Key)',
    description: 'An Idempotency-Key replay answers with api_key.key = null: the key is never stored.',
  })
  @ApiBody({
    type: CreateTenantBody,
    examples: requestExamples({ minimal: { summary: 'A name (the slug is made from it)', value: { name: 'Agencia Norte' } } }),
  })
  @ApiCreatedResponse({ type: CreatedTenantView, description: 'The tenant and its first admin key (shown once)' })
  @ApiProblems(PlatformErrorCodes.tenantSlugTaken)
  async create(@Body() body: CreateTenantBody, @Req() request: AuthenticatedRequest) {
    const { tenant, apiKey } = await this.commands.execute(new CreateTenantCommand(body.name, body.slug, request.id ?? null));
    return { ...presentTenant(tenant), api_key: presentIssuedKey(apiKey) };
  }

  @Get()
  @ApiOperation({ summary: 'List tenants, newest first (X-Admin-Key)' })
  @ApiOkResponse({ type: pageOf(TenantView), description: 'A page of tenants' })
  async list(@Query() query: PageQuery) {
    return pageResponse(await this.queries.execute(new ListTenantsQuery(pageRequest(query))), presentTenant);
  }
}

@ApiTags('api keys')
@Roles('admin')
@Controller('api/v1/api-keys')
export class ApiKeysController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @SecretInResponse('key')
  @ApiOperation({
    summary: 'Issue an API key (admin); the key is shown only in this response',
    description: 'An Idempotency-Key replay answers with key = null: the key is never stored.',
  })
  @ApiBody({
    type: CreateApiKeyBody,
    examples: requestExamples({
      agent: { summary: 'A key for agents', value: { name: 'Call center agents', role: 'agent' } },
      viewer: { summary: 'A read-only key', value: { name: 'Reporting dashboard', role: 'viewer' } },
    }),
  })
  @ApiCreatedResponse({ type: IssuedKeyView, description: 'The key, shown only here' })
  async create(@Context() ctx: CommandContext, @Body() body: CreateApiKeyBody) {
    return presentIssuedKey(await this.commands.execute(new CreateApiKeyCommand(ctx, body.name, body.role)));
  }

  @Get()
  @ApiOperation({ summary: 'List the tenant\'s API keys (admin); never shows the keys themselves' })
  @ApiOkResponse({ type: pageOf(ApiKeyView), description: 'A page of keys, without the keys themselves' })
  async list(@Context() ctx: CommandContext, @Query() query: PageQuery) {
    return pageResponse(await this.queries.execute(new ListApiKeysQuery(ctx.tenantId, pageRequest(query))), presentApiKey);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a key: it answers 401 from now on. The last admin key cannot be revoked (409)' })
  @ApiNoContentResponse({ description: 'Revoked (or already revoked)' })
  @ApiProblems(CommonErrorCodes.notFound, PlatformErrorCodes.lastAdminKey)
  async revoke(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    await this.commands.execute(new RevokeApiKeyCommand(ctx, id));
  }
}

@ApiTags('audit log')
@Controller('api/v1/audit-log')
export class AuditLogController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Who changed what and when, newest first',
    description: 'Written by the worker from domain events, so an entry appears shortly after the change commits.',
  })
  @ApiOkResponse({ type: pageOf(AuditEntryView), description: 'A page of audit entries' })
  async list(@Context() ctx: CommandContext, @Query() query: AuditQuery) {
    const page = await this.queries.execute(new ListAuditLogQuery(ctx.tenantId, {
      entityType: query.entity_type,
      entityId: query.entity_id,
    }, pageRequest(query)));
    return pageResponse(page, presentAuditEntry);
  }
}
