import { CallSchema } from './call.persistence.js';

export const telephonyEntities = [CallSchema];
