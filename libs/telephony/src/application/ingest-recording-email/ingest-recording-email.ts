import { createHash } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { simpleParser, type Attachment, type ParsedMail } from 'mailparser';
import { APP_CONFIG, retryOnStaleVersion, UnitOfWork, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import {
  Call, CALL_REPOSITORY, internationalNumber, readRecordingEmailHints, RECORDING_STORAGE, TelephonyError, TelephonyErrorCodes,
  type CallRepository, type ProviderCallReport, type RecordingEmailHints, type RecordingStorage,
} from '../../domain/index.js';
import { TelephonyConnections } from '../../infrastructure/telephony-connections.js';
import { ProviderCallRecorder } from '../provider-call-recorder.js';

export class IngestRecordingEmailCommand extends Command<Call> {
  constructor(readonly context: CommandContext, readonly rawEmail: Buffer) {
    super();
  }
}

const AUDIO_FILE = /\.(mp3|wav|ogg|oga|opus|m4a|aac|webm|flac)$/i;
const MATCH_WINDOW_MS = 5 * 60_000;

/**
 * A Zadarma recording e-mail: the audio is stored, the call found (or created) by the rule in
 * `readRecordingEmailHints`, and the call's `recording_url` pointed at our own stream of it. The
 * change is an ordinary `call.recorded`, so attempt registration runs as for any call.
 */
@CommandHandler(IngestRecordingEmailCommand)
export class IngestRecordingEmailHandler implements ICommandHandler<IngestRecordingEmailCommand> {
  constructor(
    @Inject(CALL_REPOSITORY) private readonly calls: CallRepository,
    @Inject(RECORDING_STORAGE) private readonly storage: RecordingStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connections: TelephonyConnections,
    private readonly recorder: ProviderCallRecorder,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, rawEmail }: IngestRecordingEmailCommand): Promise<Call> {
    const email = await parse(rawEmail);
    const audio = email.attachments.find((a) => a.contentType.startsWith('audio/') || AUDIO_FILE.test(a.filename ?? ''));
    if (!audio || audio.content.length === 0) throw invalid('The e-mail carries no audio attachment');
    const timeZone = (await this.connections.zadarma(context.tenantId))?.timeZone ?? 'UTC';
    const hints = readRecordingEmailHints({
      subject: email.subject ?? '', text: email.text ?? '', filenames: email.attachments.map((a) => a.filename ?? ''),
    }, timeZone);
    const counterpart = hints.numbers[0] ?? null;
    const contactId = await this.recorder.contactWithNumber(context.tenantId, counterpart);
    const emailId = `email:${createHash('sha256').update(email.messageId ?? rawEmail).digest('hex').slice(0, 32)}`;
    const report: ProviderCallReport = {
      direction: hints.direction,
      // A recording exists, so the call was answered and has ended.
      status: 'completed',
      fromNumber: hints.direction === 'inbound' ? counterpart : null,
      toNumber: hints.direction === 'outbound' ? counterpart : null,
      startedAt: hints.startedAt ?? email.date ?? null,
      answeredAt: null,
      endedAt: null,
      durationSeconds: null,
      callResult: null,
      counterpartNumber: counterpart,
      // Read from the subject's wording: a webhook that says the direction knows better.
      directionGuessed: true,
    };

    const file = recordingFile(audio);
    return retryOnStaleVersion(async () => {
      let newCallId: string | null = null;
      try {
        return await this.uow.run(async () => {
          const existing = await this.findCall(context.tenantId, hints, emailId);
          const call = existing ?? Call.fromProviderReport(context.tenantId, 'zadarma', hints.pbxCallId ?? emailId, report, contactId);
          if (!existing) newCallId = call.id;
          // Stored before the commit, so a committed recording_url always has its audio.
          await this.storage.save(context.tenantId, call.id, file);
          if (existing) existing.applyProviderReport(report, contactId);
          call.attachRecording(`${this.config.publicBaseUrl}/api/v1/crm/calls/${call.id}/recording`);
          if (existing) await this.calls.save(call, context);
          // A webhook of the same PBX call may create it meanwhile: then re-run and update that one.
          else await this.recorder.addOrRetry(call, context);
          return call;
        });
      } catch (error) {
        // A new call's id changes on every attempt: once rolled back, its audio belongs to no call.
        // A failed clean-up must not hide why the attempt failed.
        if (newCallId) await this.storage.delete(context.tenantId, newCallId).catch(() => undefined);
        throw error;
      }
    });
  }

  /** The matching rule of `readRecordingEmailHints`, plus the e-mail's own id for a redelivered e-mail. */
  private async findCall(tenantId: string, hints: RecordingEmailHints, emailId: string): Promise<Call | null> {
    if (hints.pbxCallId) return this.calls.findByExternalCallId(tenantId, 'zadarma', hints.pbxCallId);
    const again = await this.calls.findByExternalCallId(tenantId, 'zadarma', emailId);
    if (again) return again;
    if (!hints.startedAt || hints.numbers.length === 0) return null;
    const around = hints.startedAt.getTime();
    const { data } = await this.calls.list(tenantId, {
      startedFrom: new Date(around - MATCH_WINDOW_MS), startedTo: new Date(around + MATCH_WINDOW_MS),
    }, { limit: 200 });
    const numbers = new Set(hints.numbers);
    return data.find(({ snapshot: c }) => c.provider === 'zadarma'
      && [c.fromNumber, c.toNumber].some((number) => numbers.has(internationalNumber(number) ?? ''))) ?? null;
  }
}

async function parse(raw: Buffer): Promise<ParsedMail> {
  if (raw.length === 0) throw invalid('The body is empty: send the raw e-mail as message/rfc822');
  let email: ParsedMail;
  try {
    email = await simpleParser(raw);
  } catch {
    throw invalid('The body cannot be read as an e-mail');
  }
  // Anything parses as a body without headers; an e-mail has at least a sender or a date.
  if (!email.from && !email.date && !email.messageId) throw invalid('The body is not an e-mail (no From, Date or Message-ID header)');
  return email;
}

function recordingFile(audio: Attachment) {
  const contentType = audio.contentType.startsWith('audio/') ? audio.contentType : contentTypeOf(audio.filename ?? '');
  return { contentType, filename: audio.filename ?? 'recording', data: audio.content };
}

function contentTypeOf(filename: string): string {
  const extension = AUDIO_FILE.exec(filename)?.[1]?.toLowerCase();
  const types: Record<string, string> = {
    mp3: 'audio/mpeg', wav: 'audio/wav', ogg: 'audio/ogg', oga: 'audio/ogg', opus: 'audio/ogg', m4a: 'audio/mp4',
    aac: 'audio/aac', webm: 'audio/webm', flac: 'audio/flac',
  };
  return types[extension ?? ''] ?? 'application/octet-stream';
}

function invalid(message: string) {
  return new TelephonyError(TelephonyErrorCodes.recordingEmailInvalid, message);
}
