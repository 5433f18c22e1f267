import type { Readable } from 'node:stream';

export interface RecordingFile {
  readonly contentType: string;
  readonly filename: string;
  readonly data: Buffer;
}

export interface StoredRecording {
  readonly contentType: string;
  readonly filename: string;
  readonly size: number;
  open(): Readable;
}

/** Call recordings, one per call, kept apart per tenant. */
export interface RecordingStorage {
  save(tenantId: string, callId: string, file: RecordingFile): Promise<void>;
  find(tenantId: string, callId: string): Promise<StoredRecording | null>;
  /** Removes a call's recording; nothing to remove is not an error. */
  delete(tenantId: string, callId: string): Promise<void>;
}
export const RECORDING_STORAGE = Symbol('RecordingStorage');
