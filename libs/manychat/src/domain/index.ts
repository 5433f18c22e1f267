export * from './inbound-event.js';
