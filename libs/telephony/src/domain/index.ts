export * from './call.js';
export * from './errors.js';
export * from './ports.js';
