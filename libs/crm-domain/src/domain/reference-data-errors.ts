import { DomainError } from '@leadline/shared-kernel/domain';

export const ReferenceDataErrorCodes = {
  channelInUse: 'channel.in_use',
  advisorDuplicate: 'advisor.duplicate',
  advisorInUse: 'advisor.in_use',
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
    super(ReferenceDataErrorCodes.channelInUse, 'Campaigns still use this channel; move or delete them first', {
      channel_id: channelId,
    });
  }
}

export class AdvisorInUseError extends ReferenceDataError {
  constructor(advisorId: string) {
    super(ReferenceDataErrorCodes.advisorInUse, 'Campaign members are still assigned to this advisor; reassign them first', {
      advisor_id: advisorId,
    });
  }
}
