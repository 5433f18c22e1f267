import type { CommandContext, Page, PageRequest } from '@leadline/shared-kernel/domain';
import type { Advisor, AdvisorKind } from './advisor.js';
import type { Channel } from './channel.js';

export interface ChannelRepository {
  find(tenantId: string, id: string): Promise<Channel | null>;
  list(tenantId: string, page: PageRequest): Promise<Page<Channel>>;
  add(channel: Channel, context: CommandContext): Promise<void>;
  save(channel: Channel, context: CommandContext): Promise<void>;
  /** Refuses (ChannelInUseError) while campaigns point at the channel. */
  delete(channel: Channel, context: CommandContext): Promise<void>;
}
export const CHANNEL_REPOSITORY = Symbol('ChannelRepository');

export interface AdvisorFilter {
  kind?: AdvisorKind;
  externalId?: string;
  autoCreated?: boolean;
}

export interface AdvisorRepository {
  find(tenantId: string, id: string): Promise<Advisor | null>;
  findByExternalId(tenantId: string, kind: AdvisorKind, externalId: string): Promise<Advisor | null>;
  list(tenantId: string, filter: AdvisorFilter, page: PageRequest): Promise<Page<Advisor>>;
  /** Throws AdvisorDuplicateError (without the holder's id) when (kind, external_id) is taken. */
  add(advisor: Advisor, context: CommandContext): Promise<void>;
  save(advisor: Advisor, context: CommandContext): Promise<void>;
  /** Refuses (AdvisorInUseError) while campaign members are assigned to the advisor. */
  delete(advisor: Advisor, context: CommandContext): Promise<void>;
}
export const ADVISOR_REPOSITORY = Symbol('AdvisorRepository');
