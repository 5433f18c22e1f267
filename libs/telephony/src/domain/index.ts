export * from './call.js';
export * from './errors.js';
export * from './ports.js';
export * from './provider-call.js';
export * from './recording-email.js';
export * from './recording-storage.js';
export * from './voice-provider.js';
export * from './zadarma-notification.js';
