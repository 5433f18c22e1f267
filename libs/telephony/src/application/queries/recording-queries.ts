import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@leadline/shared-kernel';
import { CALL_REPOSITORY, RECORDING_STORAGE, type CallRepository, type RecordingStorage, type StoredRecording } from '../../domain/index.js';

export class GetCallRecordingQuery extends Query<StoredRecording> {
  constructor(readonly tenantId: string, readonly callId: string) {
    super();
  }
}

/** The call is read through the tenant's scope first: another tenant's call is a 404 before any file is touched. */
@QueryHandler(GetCallRecordingQuery)
export class GetCallRecordingHandler implements IQueryHandler<GetCallRecordingQuery> {
  constructor(
    @Inject(CALL_REPOSITORY) private readonly calls: CallRepository,
    @Inject(RECORDING_STORAGE) private readonly storage: RecordingStorage,
  ) {}

  async execute({ tenantId, callId }: GetCallRecordingQuery): Promise<StoredRecording> {
    if (!(await this.calls.find(tenantId, callId))) throw new NotFoundError('call', callId);
    const recording = await this.storage.find(tenantId, callId);
    if (!recording) throw new NotFoundError('recording', callId);
    return recording;
  }
}
