import { Body, Controller, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { IntegrationSettings, PlatformErrorCodes, type IntegrationProvider } from '@leadline/platform';
import { ConfigureTwilioCommand, ConfigureZadarmaCommand } from '@leadline/telephony';
import type { CommandContext } from '@leadline/shared-kernel';
import { Context, Roles } from '../http/auth.js';
import { ApiProblems, requestExamples } from '../http/openapi.js';
import { IntegrationView, presentIntegration } from '../platform/integrations.controller.js';

const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class ZadarmaSettingsBody {
  @ApiProperty({ example: 'a1b2c3d4e5f6a7b8c9d0', description: 'Zadarma API key (cabinet → Settings → API); write-only' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  api_key!: string;

  @ApiProperty({ example: 'f0e1d2c3b4a59687', description: 'Zadarma API secret: signs webhooks and REST calls; write-only' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  api_secret!: string;

  @ApiPropertyOptional({ example: 'Europe/Madrid', default: 'UTC', description: "IANA zone of the Zadarma account: notifications' call_start is local time there" })
  @IsOptional() @IsString() @MaxLength(64)
  timezone?: string;

  @ApiPropertyOptional({
    example: 'https://api-sandbox.zadarma.com', default: 'https://api.zadarma.com',
    description: 'REST API base (sandbox or proxy): https to a public host; plain http or a private address only for hosts in PROVIDER_TEST_HOSTS (tests, sandboxes)',
  })
  @IsOptional() @IsUrl(HTTP_URL) @MaxLength(500)
  api_base_url?: string;
}

export class TwilioSettingsBody {
  @ApiProperty({ example: 'AC00000000000000000000000000000001' })
  @Matches(/^AC[0-9a-fA-F]{32}$/, { message: 'account_sid must be "AC" and 32 hex characters' })
  account_sid!: string;

  @ApiProperty({ example: 'your_auth_token', description: 'Signs status callbacks and authenticates API calls; write-only' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  auth_token!: string;

  @ApiProperty({ example: '+14155550100', description: 'A Twilio number or verified caller id, E.164' })
  @Matches(/^\+[1-9]\d{7,14}$/, { message: 'from_number must be an E.164 number such as +14155550100' })
  from_number!: string;

  @ApiPropertyOptional({
    example: 'https://api.twilio.com', default: 'https://api.twilio.com',
    description: 'REST API base (proxy): https to a public host; plain http or a private address only for hosts in PROVIDER_TEST_HOSTS (tests, sandboxes)',
  })
  @IsOptional() @IsUrl(HTTP_URL) @MaxLength(500)
  api_base_url?: string;
}

@ApiTags('integrations')
@Roles('admin')
@Controller('api/v1/integrations')
export class ProviderSettingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly integrations: IntegrationSettings,
  ) {}

  @Put('zadarma')
  @ApiOperation({
    summary: 'Connect the Zadarma PBX (admin)',
    description: 'Stores the key and secret encrypted; the answer, like GET /api/v1/integrations, shows them only masked. ' +
      'Give Zadarma the notification URL `PUBLIC_BASE_URL/api/v1/webhooks/zadarma/<tenant id>`.',
  })
  @ApiBody({
    type: ZadarmaSettingsBody,
    examples: requestExamples({
      account: {
        summary: "Your account's key, secret and time zone",
        value: { api_key: 'a1b2c3d4e5f6a7b8c9d0', api_secret: 'f0e1d2c3b4a59687', timezone: 'Europe/Madrid' },
      },
    }),
  })
  @ApiOkResponse({ type: IntegrationView, description: 'The saved connection, secrets masked' })
  @ApiProblems(PlatformErrorCodes.secretsKeyMissing)
  async zadarma(@Context() ctx: CommandContext, @Body() body: ZadarmaSettingsBody) {
    await this.commands.execute(new ConfigureZadarmaCommand(ctx, {
      apiKey: body.api_key, apiSecret: body.api_secret, timeZone: body.timezone, apiBaseUrl: body.api_base_url,
    }));
    return this.present(ctx.tenantId, 'zadarma');
  }

  @Put('twilio')
  @ApiOperation({
    summary: 'Connect a Twilio account for outbound calls (admin)',
    description: 'Stores the auth token encrypted; the answer shows it only masked. Calls placed by ' +
      '`POST /api/v1/crm/calls/initiate` report to `PUBLIC_BASE_URL/api/v1/webhooks/twilio/<tenant id>/status`.',
  })
  @ApiBody({
    type: TwilioSettingsBody,
    examples: requestExamples({
      account: {
        summary: 'Your account SID, auth token and calling number',
        value: { account_sid: 'AC00000000000000000000000000000001', auth_token: 'your_auth_token', from_number: '+14155550100' },
      },
    }),
  })
  @ApiOkResponse({ type: IntegrationView, description: 'The saved connection, secrets masked' })
  @ApiProblems(PlatformErrorCodes.secretsKeyMissing)
  async twilio(@Context() ctx: CommandContext, @Body() body: TwilioSettingsBody) {
    await this.commands.execute(new ConfigureTwilioCommand(ctx, {
      accountSid: body.account_sid, authToken: body.auth_token, fromNumber: body.from_number, apiBaseUrl: body.api_base_url,
    }));
    return this.present(ctx.tenantId, 'twilio');
  }

  private async present(tenantId: string, provider: IntegrationProvider) {
    const saved = (await this.integrations.list(tenantId)).find((integration) => integration.provider === provider);
    return saved ? presentIntegration(saved) : null;
  }
}
