import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, checkedProviderUrl, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import { AiConnections, type AiConnection } from '../../infrastructure/ai-connections.js';
import { checkModelServer } from '../../infrastructure/openai/connection-check.js';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, OPENAI_BASE_URL } from '../../infrastructure/openai/openai-client.js';

export interface AiSettingsInput {
  readonly apiKey: string;
  readonly baseUrl?: string;
  readonly model: string;
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  readonly transcriptionModel?: string;
  readonly language?: string;
}

export class ConfigureAiCommand extends Command<void> {
  constructor(readonly context: CommandContext, readonly input: AiSettingsInput) {
    super();
  }
}

/**
 * Connects the tenant's model server (contract §13): the URL is checked as every provider URL is,
 * the key and model are proved against the server itself, and only then is the connection saved,
 * the key sealed. The check runs before any transaction opens, with the connection's own timeout
 * but no retries: the admin waiting on this PUT wants the server's answer, not a backoff.
 */
@CommandHandler(ConfigureAiCommand)
export class ConfigureAiHandler implements ICommandHandler<ConfigureAiCommand> {
  constructor(
    private readonly connections: AiConnections,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ context, input }: ConfigureAiCommand): Promise<void> {
    const baseUrl = input.baseUrl === undefined ? null
      : (await checkedProviderUrl(input.baseUrl, 'base_url', this.config.providerTestHosts)).replace(/\/+$/, '');
    const connection: AiConnection = {
      apiKey: input.apiKey,
      baseUrl: baseUrl ?? OPENAI_BASE_URL,
      model: input.model,
      timeoutMs: input.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: input.maxRetries ?? DEFAULT_MAX_RETRIES,
      transcriptionModel: input.transcriptionModel ?? null,
      language: input.language ?? null,
    };
    const client = this.connections.client({ ...connection, maxRetries: 0 });
    await checkModelServer(client, connection.model, connection.timeoutMs);
    await this.connections.save(context, connection, baseUrl);
  }
}
