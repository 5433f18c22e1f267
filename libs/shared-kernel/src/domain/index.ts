export * from './actor.js';
export * from './domain-error.js';
export * from './domain-event.js';
export * from './ids.js';
export * from './page.js';
export * from './clock.js';
export * from './json-logic.js';
