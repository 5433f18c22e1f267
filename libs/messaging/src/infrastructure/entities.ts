import { MessageSchema } from './message.persistence.js';
import { TemplateSchema } from './template.persistence.js';

export const messagingEntities = [TemplateSchema, MessageSchema];
