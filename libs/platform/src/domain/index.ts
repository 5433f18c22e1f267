export * from './api-key.js';
export * from './errors.js';
export * from './tenant-settings.js';
