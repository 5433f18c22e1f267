import { CampaignMemberSchema } from './campaign-member.persistence.js';
import { CampaignSchema } from './campaign.persistence.js';
import { CampaignStepSchema } from './campaign-step.persistence.js';
import { EnrollmentSchema } from './engine.persistence.js';

export const campaignsEntities = [CampaignSchema, CampaignMemberSchema, CampaignStepSchema, EnrollmentSchema];
