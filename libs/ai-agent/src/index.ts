export * from './domain/index.js';
export * from './application/configure-ai/configure-ai.js';
export * from './application/agents/agent-queries.js';
export * from './application/agents/replace-agent.js';
export * from './application/call-scripts/render-call-script.js';
export { AiConnections, type AiConnection } from './infrastructure/ai-connections.js';
export { openAiClient, OPENAI_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, type ModelServer } from './infrastructure/openai/openai-client.js';
export { aiAgentEntities } from './infrastructure/entities.js';
export { AiAgentModule } from './ai-agent.module.js';
