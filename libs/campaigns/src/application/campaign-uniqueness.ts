import { CampaignDuplicateError, type Campaign, type CampaignRepository } from '../domain/index.js';

/** external_id identifies a campaign within a tenant; a clash answers with the holder's id. */
export async function assertUniqueCampaign(campaigns: CampaignRepository, campaign: Campaign): Promise<void> {
  const { tenantId, id, externalId } = campaign.snapshot;
  if (externalId === null) return;
  const holder = await campaigns.findByExternalId(tenantId, externalId);
  if (holder !== null && holder.snapshot.id !== id) throw new CampaignDuplicateError(holder.snapshot.id);
}
