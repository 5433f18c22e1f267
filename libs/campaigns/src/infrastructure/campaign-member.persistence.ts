import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import {
  Outbox, pageQuery, StaleVersionError, TenantTable, toPage, violatedConstraint,
  type CommandContext, type Page, type PageRequest,
} from '@leadline/shared-kernel';
import {
  CampaignMember, MemberDuplicateError, memberAdvisorUnknown, memberContactUnknown, type CampaignMemberRepository,
  type CampaignMemberState,
} from '../domain/index.js';

export interface CampaignMemberRow {
  id: string;
  tenant_id: string;
  campaign_id: string;
  contact_id: string;
  commercial_advisor_id: string | null;
  medical_advisor_id: string | null;
  medical_assignment_date: Date | null;
  last_state: string | null;
  summary: string | null;
  assignment_type: string | null;
  assigned_at: Date;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const CampaignMemberSchema = new EntitySchema<CampaignMemberRow>({
  name: 'CampaignMember',
  tableName: 'campaign_members',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    campaign_id: { type: 'uuid' },
    contact_id: { type: 'uuid' },
    commercial_advisor_id: { type: 'uuid', nullable: true },
    medical_advisor_id: { type: 'uuid', nullable: true },
    medical_assignment_date: { type: 'Date', nullable: true },
    last_state: { type: 'text', nullable: true },
    summary: { type: 'text', nullable: true },
    assignment_type: { type: 'text', nullable: true },
    assigned_at: { type: 'Date' },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

@Injectable()
export class MikroOrmCampaignMemberRepository implements CampaignMemberRepository {
  private readonly table: TenantTable<CampaignMemberRow>;

  constructor(em: EntityManager, private readonly outbox: Outbox) {
    this.table = new TenantTable(em, CampaignMemberSchema);
  }

  async find(tenantId: string, campaignId: string, contactId: string): Promise<CampaignMember | null> {
    const row = await this.table.findOne(tenantId, { campaign_id: campaignId, contact_id: contactId });
    return row ? CampaignMember.rehydrate(toState(row)) : null;
  }

  async findLatestForContact(tenantId: string, contactId: string): Promise<CampaignMember | null> {
    const row = await this.table.findOne(tenantId, { contact_id: contactId }, { orderBy: { assigned_at: 'desc', id: 'desc' } });
    return row ? CampaignMember.rehydrate(toState(row)) : null;
  }

  async list(tenantId: string, campaignId: string, page: PageRequest): Promise<Page<CampaignMember>> {
    const { where, options } = pageQuery(page);
    const rows = await this.table.find(tenantId, { ...where, campaign_id: campaignId }, options);
    return toPage(rows, page.limit, (row) => CampaignMember.rehydrate(toState(row)));
  }

  async add(member: CampaignMember, context: CommandContext): Promise<void> {
    const state = member.snapshot;
    await guardConstraints(state, () => this.table.insert(state.tenantId, toRow(state)));
    await this.outbox.append(context, member.pullEvents());
  }

  async save(member: CampaignMember, context: CommandContext): Promise<void> {
    const state = member.snapshot;
    const updated = await guardConstraints(state, () =>
      this.table.update(state.tenantId, { id: state.id, version: member.persistedVersion }, toRow(state)));
    if (updated === 0) throw new StaleVersionError('campaign member', state.id);
    await this.outbox.append(context, member.pullEvents());
  }

  async delete(member: CampaignMember, context: CommandContext): Promise<void> {
    const state = member.snapshot;
    const deleted = await this.table.delete(state.tenantId, { id: state.id, version: member.persistedVersion });
    if (deleted === 0) throw new StaleVersionError('campaign member', state.id);
    await this.outbox.append(context, member.pullEvents());
  }
}

/** The foreign keys are the race-proof checks; their violations become the answers the pre-checks give. */
async function guardConstraints<T>(state: CampaignMemberState, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    switch (violatedConstraint(error)) {
      case 'uq_campaign_members_campaign_contact': throw new MemberDuplicateError(null);
      case 'fk_campaign_members_contact': throw memberContactUnknown(state.contactId);
      case 'fk_campaign_members_commercial_advisor': throw memberAdvisorUnknown(state.commercialAdvisorId ?? '');
      case 'fk_campaign_members_medical_advisor': throw memberAdvisorUnknown(state.medicalAdvisorId ?? '');
      default: throw error;
    }
  }
}

function toState(row: CampaignMemberRow): CampaignMemberState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    campaignId: row.campaign_id,
    contactId: row.contact_id,
    commercialAdvisorId: row.commercial_advisor_id,
    medicalAdvisorId: row.medical_advisor_id,
    medicalAssignmentDate: row.medical_assignment_date,
    lastState: row.last_state,
    summary: row.summary,
    assignmentType: row.assignment_type,
    assignedAt: row.assigned_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(state: CampaignMemberState): CampaignMemberRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    campaign_id: state.campaignId,
    contact_id: state.contactId,
    commercial_advisor_id: state.commercialAdvisorId,
    medical_advisor_id: state.medicalAdvisorId,
    medical_assignment_date: state.medicalAssignmentDate,
    last_state: state.lastState,
    summary: state.summary,
    assignment_type: state.assignmentType,
    assigned_at: state.assignedAt,
    version: state.version,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}
