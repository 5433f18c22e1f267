export * from './api-key.js';
export * from './errors.js';
