import { Body, Controller, HttpCode, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags,
} from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ConnectOdooCommand, OdooErrorCodes, ResyncOdooCommand } from '@leadline/odoo-adapter';
import { IntegrationSettings, PlatformErrorCodes } from '@leadline/platform';
import type { CommandContext } from '@leadline/shared-kernel';
import { Context, Roles } from '../http/auth.js';
import { ApiProblems, EXAMPLE_IDS, requestExamples } from '../http/openapi.js';
import { IntegrationView, presentIntegration } from '../platform/integrations.controller.js';

export class ConnectOdooBody {
  @ApiProperty({ example: 'https://miasalud.odoo.com', description: 'Base URL of the Odoo 16–18 server; /jsonrpc is appended' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(500)
  url!: string;

  @ApiProperty({ example: 'miasalud' }) @IsString() @MinLength(1) @MaxLength(200)
  db!: string;

  @ApiProperty({ example: 'integracion@miasalud.com', description: 'The Odoo login the API key belongs to' })
  @IsString() @MinLength(1) @MaxLength(200)
  username!: string;

  @ApiProperty({ example: '6f1c0e…', description: 'An Odoo API key (Preferences → Account Security); stored encrypted, never returned' })
  @IsString() @MinLength(1) @MaxLength(500)
  api_key!: string;
}

export class ResyncOdooBody {
  @ApiPropertyOptional({
    type: [String], format: 'uuid', maxItems: 1000,
    description: 'Opportunities to sync again; omitted: every opportunity in a pipeline with Odoo stage ids',
  })
  @IsOptional() @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true })
  opportunity_ids?: string[];
}

class OdooStageView {
  @ApiProperty({ example: 16 }) id!: number;
  @ApiProperty({ example: 'Recién Suscrito Sin Asignar' }) name!: string;
}

class OdooConnectionView extends IntegrationView {
  @ApiProperty({ type: [OdooStageView], description: 'The Odoo stages the tenant\'s pipelines map, as Odoo names them' })
  stages!: OdooStageView[];
}

class ResyncView {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Queued; each is written to Odoo even if unchanged' }) queued!: string[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Named, but in a pipeline without Odoo stage ids' }) skipped!: string[];
}

@ApiTags('integrations')
@Roles('admin')
@Controller('api/v1/integrations/odoo')
export class OdooIntegrationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly integrations: IntegrationSettings,
  ) {}

  @Put()
  @ApiOperation({
    summary: 'Connect the tenant to its Odoo CRM (admin)',
    description: 'Logs in to Odoo with the API key and reads `crm.stage`: every Odoo stage id used by the tenant\'s ' +
      'pipelines must exist there. Bad credentials or missing stages answer 422 (`odoo.auth_failed`, ' +
      '`odoo.stages_missing` with `missing_stage_ids`), an unreachable Odoo 503 (`odoo.unavailable`). ' +
      'Only then is the connection saved (the key encrypted). Opportunities created or moved from now on are ' +
      'mirrored; use `/resync` for the ones that already exist.',
  })
  @ApiBody({
    type: ConnectOdooBody,
    examples: requestExamples({
      connection: {
        summary: 'Your Odoo server, database, login and API key',
        value: { url: 'https://miasalud.odoo.com', db: 'miasalud', username: 'integracion@miasalud.example', api_key: '6f1c0e9b2a4d8c7e5f3a1b0d9c8e7f6a5b4c3d2e' },
      },
    }),
  })
  @ApiOkResponse({ type: OdooConnectionView, description: 'The saved connection (key masked) and the mapped Odoo stages' })
  @ApiProblems(
    OdooErrorCodes.authFailed, OdooErrorCodes.rejected, OdooErrorCodes.stagesMissing, OdooErrorCodes.unavailable,
    PlatformErrorCodes.secretsKeyMissing,
  )
  async connect(@Context() ctx: CommandContext, @Body() body: ConnectOdooBody) {
    const { stages } = await this.commands.execute(new ConnectOdooCommand(ctx, {
      url: body.url.replace(/\/+$/, ''),
      db: body.db,
      username: body.username,
      apiKey: body.api_key,
    }));
    const saved = (await this.integrations.list(ctx.tenantId)).find((integration) => integration.provider === 'odoo')!;
    return { ...presentIntegration(saved), stages };
  }

  @Post('resync')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Queue Odoo syncs again (admin)',
    description: 'For the given opportunities, or every one in a pipeline with Odoo stage ids. Each is marked ' +
      '`pending` and written to its crm.lead even if nothing changed. Unknown ids (and other tenants\' ids) answer 422 ' +
      '`odoo.unknown_opportunities` naming them; a tenant without an Odoo connection 422 `odoo.not_configured`.',
  })
  @ApiBody({
    type: ResyncOdooBody,
    examples: requestExamples({
      all: { summary: 'Every opportunity in a pipeline with Odoo stage ids', value: {} },
      some: { summary: 'Some opportunities', value: { opportunity_ids: [EXAMPLE_IDS.opportunity] } },
    }),
  })
  @ApiAcceptedResponse({ type: ResyncView, description: 'What was queued and what was skipped' })
  @ApiProblems(OdooErrorCodes.notConfigured, OdooErrorCodes.unknownOpportunities)
  async resync(@Context() ctx: CommandContext, @Body() body: ResyncOdooBody) {
    return this.commands.execute(new ResyncOdooCommand(ctx.tenantId, body.opportunity_ids));
  }
}
