export * from './campaign.js';
export * from './automation.js';
export * from './campaign-step.js';
export * from './campaign-member.js';
export * from './errors.js';
export * from './ports.js';
export * from './events.js';
