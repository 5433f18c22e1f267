import { TemplateSchema } from './template.persistence.js';

export const messagingEntities = [TemplateSchema];
