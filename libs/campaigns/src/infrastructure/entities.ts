import { CampaignMemberSchema } from './campaign-member.persistence.js';
import { CampaignSchema } from './campaign.persistence.js';

export const campaignsEntities = [CampaignSchema, CampaignMemberSchema];
