import { DomainError } from '@leadline/shared-kernel/domain';

export const ReferenceDataErrorCodes = {
  channelInUse: 'channel.in_use',
  advisorDuplicate: 'advisor.duplicate',
  advisorInUse: 'advisor.in_use',
  channelUnknown: 'channel.unknown',
  advisorUnknown: 'advisor.unknown',
} as const;
export type ReferenceDataErrorCode = (typeof ReferenceDataErrorCodes)[keyof typeof ReferenceDataErrorCodes];

export class ReferenceDataError extends DomainError<ReferenceDataErrorCode> {}

export class AdvisorDuplicateError extends ReferenceDataError {
  constructor(existingId: string | null) {
    super(ReferenceDataErrorCodes.advisorDuplicate, 'An advisor of this kind with this external_id already exists', {
      field: 'external_id',
      existing_id: existingId,
    });
  }
}

export class ChannelInUseError extends ReferenceDataError {
  constructor(channelId: string) {
    super(ReferenceDataErrorCodes.channelInUse, 'Campaigns or contacts still use this channel; move or delete them first', {
      channel_id: channelId,
    });
  }
}

export class AdvisorInUseError extends ReferenceDataError {
  constructor(advisorId: string) {
    super(ReferenceDataErrorCodes.advisorInUse, 'Campaign members or opportunities are still assigned to this advisor; reassign them first', {
      advisor_id: advisorId,
    });
  }
}

/** A contact's channel_id names no channel of the caller's tenant (another tenant's looks the same). */
export function unknownChannel(channelId: string | null): ReferenceDataError {
  return new ReferenceDataError(ReferenceDataErrorCodes.channelUnknown, `Channel ${channelId} does not exist`, {
    channel_id: channelId,
  });
}

/** An opportunity's assigned_advisor_id names no advisor of the caller's tenant. */
export function unknownAdvisor(advisorId: string | null): ReferenceDataError {
  return new ReferenceDataError(ReferenceDataErrorCodes.advisorUnknown, `Advisor ${advisorId} does not exist`, {
    assigned_advisor_id: advisorId,
  });
}
