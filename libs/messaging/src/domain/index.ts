export * from './channels.js';
export * from './errors.js';
export * from './events.js';
export * from './ports.js';
export * from './template.js';
export * from './template-rendering.js';
