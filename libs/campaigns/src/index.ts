export * from './domain/index.js';
export * from './application/record-campaign-assignment/record-campaign-assignment.js';
export { campaignsEntities } from './infrastructure/entities.js';
export { CampaignsModule } from './campaigns.module.js';
