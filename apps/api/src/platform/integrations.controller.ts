import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { INTEGRATION_PROVIDERS, IntegrationSettings, type MaskedIntegration } from '@leadline/platform';
import type { CommandContext } from '@leadline/shared-kernel';
import { Context, Roles } from '../http/auth.js';

/** A provider connection as every integrations endpoint answers it: secrets only as masked hints. */
export class IntegrationView {
  @ApiProperty({ enum: INTEGRATION_PROVIDERS }) provider!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    example: { url: 'https://acme.odoo.com', db: 'acme', username: 'bot@acme.com' },
    description: 'The non-secret settings as saved',
  })
  settings!: Record<string, string | null>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { api_key: '••••9f3a' },
    description: 'Write-only secrets are never returned; long ones show their last four characters',
  })
  secrets!: Record<string, string>;

  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

class IntegrationListView {
  @ApiProperty({ type: [IntegrationView] }) data!: IntegrationView[];
}

export const presentIntegration = (integration: MaskedIntegration) => ({
  provider: integration.provider,
  settings: integration.settings,
  secrets: integration.secrets,
  updated_at: integration.updatedAt.toISOString(),
});

@ApiTags('integrations')
@Roles('admin')
@Controller('api/v1/integrations')
export class IntegrationsController {
  constructor(private readonly integrations: IntegrationSettings) {}

  @Get()
  @ApiOperation({
    summary: "The tenant's configured provider connections (admin)",
    description: 'Each provider is configured with its own `PUT /api/v1/integrations/<provider>`; unconfigured providers are absent.',
  })
  @ApiOkResponse({ type: IntegrationListView, description: 'The configured connections, secrets masked' })
  async list(@Context() ctx: CommandContext) {
    return { data: (await this.integrations.list(ctx.tenantId)).map(presentIntegration) };
  }
}
