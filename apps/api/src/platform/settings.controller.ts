import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_MESSAGES_PER_LEAD_PER_DAY, TenantSettings, type TenantSettingsState } from '@leadline/platform';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context, Roles } from '../http/auth.js';
import { ApiProblems, requestExamples } from '../http/openapi.js';

export class SettingsBody {
  @ApiProperty({ example: 'America/Mexico_City', description: 'IANA time zone: the default of campaign send windows (unknown → 400)' })
  @IsString() @MinLength(1) @MaxLength(64)
  timezone!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_MESSAGES_PER_LEAD_PER_DAY, example: 3, description: 'Campaign messages one contact receives in any 24 h at most; over it, steps wait' })
  @IsInt() @Min(1) @Max(MAX_MESSAGES_PER_LEAD_PER_DAY)
  max_messages_per_lead_per_day!: number;
}

export class SettingsView {
  @ApiProperty({ example: 'America/Mexico_City', default: 'America/Mexico_City' }) timezone!: string;
  @ApiProperty({ example: 3, default: 3 }) max_messages_per_lead_per_day!: number;
}

const SETTINGS_EXAMPLES = requestExamples({
  bogota: { summary: 'Colombia, at most 2 campaign messages a day per lead', value: { timezone: 'America/Bogota', max_messages_per_lead_per_day: 2 } },
  defaults: { summary: 'The defaults', value: { timezone: 'America/Mexico_City', max_messages_per_lead_per_day: 3 } },
});

function present(settings: TenantSettingsState) {
  return { timezone: settings.timezone, max_messages_per_lead_per_day: settings.maxMessagesPerLeadPerDay };
}

@ApiTags('settings')
@Controller('api/v1/settings')
export class SettingsController {
  constructor(private readonly settings: TenantSettings) {}

  @Get()
  @ApiOperation({ summary: "The tenant's settings (defaults until first saved)" })
  @ApiOkResponse({ type: SettingsView, description: 'The settings' })
  async get(@Context() ctx: CommandContext) {
    return present(await this.settings.of(ctx.tenantId));
  }

  @Put()
  @Roles('admin')
  @ApiOperation({
    summary: "Replace the tenant's settings (admin)",
    description: 'timezone: where campaign send windows without their own time zone are read; ' +
      'max_messages_per_lead_per_day: the per-lead daily cap of campaign messages (steps over it are deferred, not dropped).',
  })
  @ApiBody({ type: SettingsBody, examples: SETTINGS_EXAMPLES })
  @ApiOkResponse({ type: SettingsView, description: 'The settings as saved' })
  @ApiProblems(CommonErrorCodes.validation)
  async replace(@Context() ctx: CommandContext, @Body() body: SettingsBody) {
    return present(await this.settings.save(ctx, { timezone: body.timezone, maxMessagesPerLeadPerDay: body.max_messages_per_lead_per_day }));
  }
}
