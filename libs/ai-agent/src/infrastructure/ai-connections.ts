import { Injectable } from '@nestjs/common';
import type { OpenAI } from 'openai';
import { IntegrationSettings } from '@leadline/platform';
import { ProviderHttp, type CommandContext } from '@leadline/shared-kernel';
import { aiNotConfigured } from '../domain/index.js';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, OPENAI_BASE_URL, openAiClient, type ModelServer } from './openai/openai-client.js';

/** The tenant's model server as PUT /api/v1/integrations/ai stored it (the API key sealed). */
export interface AiConnection extends ModelServer {
  readonly model: string;
  readonly transcriptionModel: string | null;
  /** ISO-639-1, the language calls and transcriptions are in. */
  readonly language: string | null;
}

@Injectable()
export class AiConnections {
  constructor(private readonly integrations: IntegrationSettings, private readonly http: ProviderHttp) {}

  async find(tenantId: string): Promise<AiConnection | null> {
    const stored = await this.integrations.find(tenantId, 'ai');
    const apiKey = stored?.secrets.api_key;
    const model = stored?.settings.model;
    if (!apiKey || !model) return null;
    const { settings } = stored;
    return {
      apiKey,
      model,
      baseUrl: settings.base_url ?? OPENAI_BASE_URL,
      timeoutMs: Number(settings.timeout_ms ?? DEFAULT_TIMEOUT_MS),
      maxRetries: Number(settings.max_retries ?? DEFAULT_MAX_RETRIES),
      transcriptionModel: settings.transcription_model ?? null,
      language: settings.language ?? null,
    };
  }

  /** The connection, or 409 `ai.not_configured`: the first thing every AI endpoint asks. */
  async require(tenantId: string): Promise<AiConnection> {
    const connection = await this.find(tenantId);
    if (!connection) throw aiNotConfigured();
    return connection;
  }

  /** The official client for the connection, through ProviderHttp's address checks. */
  client(connection: ModelServer): OpenAI {
    return openAiClient(connection, this.http);
  }

  /** `base_url` null: OpenAI itself. Numbers are kept as text, as every integration setting is. */
  save(context: CommandContext, connection: AiConnection, baseUrl: string | null): Promise<void> {
    return this.integrations.save(context, 'ai', {
      settings: {
        base_url: baseUrl,
        model: connection.model,
        timeout_ms: String(connection.timeoutMs),
        max_retries: String(connection.maxRetries),
        transcription_model: connection.transcriptionModel,
        language: connection.language,
      },
      secrets: { api_key: connection.apiKey },
    });
  }
}
