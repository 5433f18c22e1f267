import { AdvisorDuplicateError, type Advisor, type AdvisorRepository } from '../domain/index.js';

/** (kind, external_id) identifies an advisor within a tenant; a clash answers with the holder's id. */
export async function assertUniqueAdvisor(advisors: AdvisorRepository, advisor: Advisor): Promise<void> {
  const { tenantId, id, kind, externalId } = advisor.snapshot;
  if (externalId === null) return;
  const holder = await advisors.findByExternalId(tenantId, kind, externalId);
  if (holder !== null && holder.snapshot.id !== id) throw new AdvisorDuplicateError(holder.snapshot.id);
}
