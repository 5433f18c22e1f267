export * from './agent-types.js';
export * from './agent.js';
export * from './default-agents.js';
export * from './errors.js';
export * from './events.js';
export * from './extraction-schema.js';
export * from './ports.js';
export * from './ai-call.js';
