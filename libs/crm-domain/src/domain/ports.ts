import type { CommandContext, Page, PageRequest } from '@leadline/shared-kernel/domain';
import type { Activity, ActivityStatus, ActivityType } from './activity.js';
import type { Contact } from './contact.js';
import type { Opportunity, OpportunityStatus, Priority } from './opportunity.js';
import type { Pipeline } from './pipeline.js';
import type { ScoringModel } from './lead-score.js';

export interface ContactFilter {
  phone?: string;
  manychatId?: string;
  /** Exact, case-insensitive (stored e-mails are lower case). */
  email?: string;
  q?: string;
}

export interface OpportunityFilter {
  contactId?: string;
  status?: OpportunityStatus;
  stage?: string;
  pipelineId?: string;
  assignedAdvisorId?: string;
  priority?: Priority;
  /** Bounds of `lead_score.value`, inclusive; an unscored opportunity is outside any bound. */
  minScore?: number;
  maxScore?: number;
  /** `-lead_score`: highest score first (unscored last), else newest first. */
  sort?: '-lead_score';
}

/** `add` inserts, `save` updates guarded by `persistedVersion`; each also writes the aggregate's recorded events to the outbox, in the same transaction. */
export interface ContactRepository {
  find(tenantId: string, id: string): Promise<Contact | null>;
  findIdBy(tenantId: string, field: 'phone' | 'manychat_id', value: string): Promise<string | null>;
  list(tenantId: string, filter: ContactFilter, page: PageRequest): Promise<Page<Contact>>;
  add(contact: Contact, context: CommandContext): Promise<void>;
  save(contact: Contact, context: CommandContext): Promise<void>;
  delete(contact: Contact, context: CommandContext): Promise<void>;
}
export const CONTACT_REPOSITORY = Symbol('ContactRepository');

/**
 * `share` keeps the pipeline's stages from changing until the caller's transaction ends (an
 * opportunity entering a stage); `update` is taken by whoever changes them.
 */
export type PipelineLock = 'share' | 'update';

export interface PipelineRepository {
  find(tenantId: string, id: string, lock?: PipelineLock): Promise<Pipeline | null>;
  findDefault(tenantId: string, lock?: PipelineLock): Promise<Pipeline | null>;
  list(tenantId: string, page: PageRequest): Promise<Page<Pipeline>>;
  add(pipeline: Pipeline, context: CommandContext): Promise<void>;
  save(pipeline: Pipeline, context: CommandContext): Promise<void>;
}
export const PIPELINE_REPOSITORY = Symbol('PipelineRepository');

export interface OpportunityRepository {
  find(tenantId: string, id: string): Promise<Opportunity | null>;
  /** The contact's opportunities, newest first (a contact has a handful; reads of many go through the read side). */
  ofContact(tenantId: string, contactId: string): Promise<Opportunity[]>;
  stagesInUse(tenantId: string, pipelineId: string): Promise<Set<string>>;
  existsForContact(tenantId: string, contactId: string): Promise<boolean>;
  /** The contact's most recent open opportunity still waiting for a successful first call, locked for update. */
  findAwaitingFirstCall(tenantId: string, contactId: string): Promise<Opportunity | null>;
  /** The contact's opportunity that already has this call as a first-call attempt, locked like findAwaitingFirstCall. */
  findWithCallAttempt(tenantId: string, contactId: string, callId: string): Promise<Opportunity | null>;
  add(opportunity: Opportunity, context: CommandContext): Promise<void>;
  save(opportunity: Opportunity, context: CommandContext): Promise<void>;
  delete(opportunity: Opportunity, context: CommandContext): Promise<void>;
  /** Moves the lead's last activity forward to `at` (a message, a meeting) without changing the aggregate. */
  recordActivity(tenantId: string, opportunityId: string, at: Date): Promise<void>;
  /** Counts one more message from the lead (a reply on any channel) and moves the last activity to `at`; false when the opportunity is gone. */
  recordReply(tenantId: string, opportunityId: string, at: Date): Promise<boolean>;
}
export const OPPORTUNITY_REPOSITORY = Symbol('OpportunityRepository');

/** A tenant's scoring model: the shipped default (version 1) until one is stored. */
export interface ScoringModelRepository {
  find(tenantId: string): Promise<ScoringModel>;
  /** Stores `model` as the next version and answers it. */
  replace(tenantId: string, model: Omit<ScoringModel, 'version'>): Promise<ScoringModel>;
}
export const SCORING_MODEL_REPOSITORY = Symbol('ScoringModelRepository');

export interface ActivityFilter {
  opportunityId?: string;
  contactId?: string;
  assignedAdvisorId?: string;
  type?: ActivityType;
  status?: ActivityStatus;
  /** `due_at` within [dueFrom, dueTo): an activity without a due time is outside any bound. */
  dueFrom?: Date;
  dueTo?: Date;
}

/** `add` inserts, `save` updates and `delete` deletes guarded by `persistedVersion`; each writes the recorded events to the outbox in the same transaction. */
export interface ActivityRepository {
  find(tenantId: string, id: string): Promise<Activity | null>;
  add(activity: Activity, context: CommandContext): Promise<void>;
  save(activity: Activity, context: CommandContext): Promise<void>;
  delete(activity: Activity, context: CommandContext): Promise<void>;
}
export const ACTIVITY_REPOSITORY = Symbol('ActivityRepository');
