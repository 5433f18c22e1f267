export * from './call-attempts.js';
export * from './contact.js';
export * from './errors.js';
export * from './opportunity.js';
export * from './phone-number.js';
export * from './pipeline.js';
export * from './ports.js';
