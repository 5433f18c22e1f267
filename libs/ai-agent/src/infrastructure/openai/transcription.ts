import type { Readable } from 'node:stream';
import { APIConnectionTimeoutError, APIError, toStreamingFile, type OpenAI } from 'openai';
import { privateAddressRefusal } from '@leadline/shared-kernel';
import type { TranscriptionAnswer } from '../../domain/index.js';

export interface AudioFile {
  /** Opens the audio for reading; it is streamed to the server, never held in memory whole. */
  open(): Readable;
  /** With the right extension: servers read the format from it (integrations-2 §5c). */
  readonly filename: string;
  readonly contentType: string;
}

export interface TranscriptionRequest {
  readonly model: string;
  /** ISO-639-1; null lets the model detect it. */
  readonly language: string | null;
  readonly file: AudioFile;
}

export interface Transcribed extends TranscriptionAnswer {
  /** The language as the server names it ("spanish" from OpenAI, "es" from speaches): shown, never compared. */
  readonly language: string | null;
}

/**
 * The server refused this audio or this request for good (a 4xx other than 408/409/429: an
 * unreadable or too large file, a model it does not serve, a refused key), or the connection's
 * base_url leads to a private address. Asking again gives the same answer.
 */
export class TranscriptionRejected extends Error {
  override readonly name = 'TranscriptionRejected';
}

/** The server could not answer now (unreachable, timed out, 408, 409, 429, 5xx, after the client's own retries): worth another try later. */
export class TranscriptionUnavailable extends Error {
  override readonly name = 'TranscriptionUnavailable';
}

/** What the SDK itself retries (client.ts `shouldRetry`); everything else of 4xx is the request's fault. */
const RETRYABLE_STATUSES = new Set([408, 409, 429]);

/**
 * `POST {base_url}/audio/transcriptions` through the official client (multipart: file, model,
 * `response_format: verbose_json`, `timestamp_granularities[]: segment`, language when known).
 * Temperature 0, as for the analysis: the same audio should give the same lines.
 *
 * The file goes as the SDK's `toStreamingFile`: the SDK writes the multipart body itself, read from
 * the stored file as it is sent. (Its `toFile` path builds the platform's global `FormData`, which
 * the npm undici behind ProviderHttp does not encode: the SDK refuses it.) The SDK does not retry a
 * streamed body; the job runner does, with its backoff.
 */
export async function transcribeAudio(client: OpenAI, request: TranscriptionRequest): Promise<Transcribed> {
  const audio = request.file.open();
  let answer: OpenAI.Audio.TranscriptionVerbose;
  try {
    answer = await client.audio.transcriptions.create({
      file: toStreamingFile(audio, request.file.filename, { type: request.file.contentType }),
      model: request.model,
      response_format: 'verbose_json',
      timestamp_granularities: ['segment'],
      temperature: 0,
      ...(request.language ? { language: request.language } : {}),
    });
  } catch (error) {
    throw classified(error);
  } finally {
    audio.destroy();
  }
  // A server may answer verbose_json with a bare string or a body of its own: only what fits is read.
  const body = (typeof answer === 'object' && answer !== null ? answer : { text: String(answer ?? '') }) as Partial<OpenAI.Audio.TranscriptionVerbose>;
  return {
    text: typeof body.text === 'string' ? body.text : null,
    duration: typeof body.duration === 'number' ? body.duration : null,
    language: typeof body.language === 'string' && body.language.trim() ? body.language.trim().slice(0, 35) : null,
    segments: Array.isArray(body.segments) ? body.segments.filter((segment) => typeof segment?.text === 'string') : null,
  };
}

function classified(error: unknown): Error {
  const refusal = privateAddressRefusal(error);
  if (refusal) return new TranscriptionRejected(`base_url: ${refusal.message}`);
  if (error instanceof APIConnectionTimeoutError) return new TranscriptionUnavailable('the transcription server did not answer in time');
  if (error instanceof APIError && error.status !== undefined) {
    const message = `the transcription server answered ${error.status}: ${error.message}`.slice(0, 500);
    if (error.status >= 400 && error.status < 500 && !RETRYABLE_STATUSES.has(error.status)) return new TranscriptionRejected(message);
    return new TranscriptionUnavailable(message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new TranscriptionUnavailable(`the transcription server could not be reached: ${message}`.slice(0, 500));
}
