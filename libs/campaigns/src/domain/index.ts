export * from './campaign.js';
export * from './campaign-member.js';
export * from './errors.js';
export * from './ports.js';
export * from './events.js';
export * from './enrollment.js';
export * from './send-window.js';
