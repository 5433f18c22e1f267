export * from './crm-lead.js';
export * from './errors.js';
export * from './mirror.js';
