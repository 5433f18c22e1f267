export * from './domain/index.js';
export * from './application/create-template/create-template.js';
export * from './application/replace-template/replace-template.js';
export * from './application/delete-template/delete-template.js';
export * from './application/preview-template/preview-template.js';
export * from './application/queries/template-queries.js';
export { messagingEntities } from './infrastructure/entities.js';
export { MessagingModule } from './messaging.module.js';
