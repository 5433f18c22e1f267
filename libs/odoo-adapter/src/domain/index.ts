export * from './crm-lead.js';
export * from './errors.js';
