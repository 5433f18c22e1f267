import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@leadline/shared-kernel';
import type { RecordingFile, RecordingStorage, StoredRecording } from '../domain/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Metadata {
  content_type: string;
  filename: string;
  size: number;
}

/**
 * RECORDINGS_DIR/<tenant id>/<call id>.audio with a .json beside it (content type, file name).
 * Paths are built only from UUIDs, so nothing from an e-mail reaches the file system's names.
 * Writes go to a temporary name first: a reader sees the old recording or the new one, never half.
 */
@Injectable()
export class LocalDiskRecordingStorage implements RecordingStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.recordingsDir);
  }

  async save(tenantId: string, callId: string, file: RecordingFile): Promise<void> {
    const base = this.base(tenantId, callId);
    await mkdir(join(this.root, tenantId), { recursive: true });
    const metadata: Metadata = { content_type: file.contentType, filename: file.filename, size: file.data.length };
    await writeFile(`${base}.audio.tmp`, file.data);
    await rename(`${base}.audio.tmp`, `${base}.audio`);
    await writeFile(`${base}.json.tmp`, JSON.stringify(metadata));
    await rename(`${base}.json.tmp`, `${base}.json`);
  }

  async find(tenantId: string, callId: string): Promise<StoredRecording | null> {
    const base = this.base(tenantId, callId);
    let metadata: Metadata;
    try {
      metadata = JSON.parse(await readFile(`${base}.json`, 'utf8')) as Metadata;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return {
      contentType: metadata.content_type,
      filename: metadata.filename,
      size: metadata.size,
      open: () => createReadStream(`${base}.audio`),
    };
  }

  async delete(tenantId: string, callId: string): Promise<void> {
    const base = this.base(tenantId, callId);
    await rm(`${base}.json`, { force: true });
    await rm(`${base}.audio`, { force: true });
  }

  private base(tenantId: string, callId: string): string {
    if (!UUID.test(tenantId) || !UUID.test(callId)) throw new Error('recording storage takes UUIDs only');
    return join(this.root, tenantId, callId);
  }
}
