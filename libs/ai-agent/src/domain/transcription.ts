import type { TranscriptLine } from './ai-call.js';

/**
 * Transcribing a stored recording (contract §13): the rules that need no I/O. What a transcription
 * row goes through, what its audio may be, and how a `verbose_json` answer (integrations-2 §5c)
 * becomes transcript lines.
 */
export const TRANSCRIPTION_STATUSES = ['queued', 'running', 'completed', 'failed', 'skipped'] as const;
export type TranscriptionStatus = (typeof TRANSCRIPTION_STATUSES)[number];

/** OpenAI's upload limit for `/audio/transcriptions` (vLLM's default too): a larger file is refused before it is sent. */
export const MAX_TRANSCRIPTION_BYTES = 25 * 1024 * 1024;

/** A segment as `verbose_json` gives it; servers differ in what else they send, so all but `text` may be missing. */
export interface TranscriptionSegmentInput {
  readonly start?: number | null;
  readonly end?: number | null;
  readonly text?: string | null;
  readonly avg_logprob?: number | null;
  readonly no_speech_prob?: number | null;
}

/** A `verbose_json` answer, as far as lines are concerned. */
export interface TranscriptionAnswer {
  readonly text?: string | null;
  readonly duration?: number | null;
  readonly segments?: readonly TranscriptionSegmentInput[] | null;
}

/**
 * Whisper's own "this was silence" rule (its defaults: no-speech probability above 0.6 while the
 * average log-probability is below −1): such a segment is usually a hallucination over silence or
 * line noise ("Gracias por ver el video"), and becomes no line.
 */
export function isSilence(segment: TranscriptionSegmentInput): boolean {
  const noSpeech = finite(segment.no_speech_prob);
  const logprob = finite(segment.avg_logprob);
  return noSpeech !== null && logprob !== null && noSpeech > 0.6 && logprob < -1;
}

/**
 * A segment's confidence: the geometric mean of its tokens' probabilities, `exp(avg_logprob)`, in
 * [0, 1] (−0.1 → 0.9048, −1 → 0.3679); null when the server sends no `avg_logprob`.
 */
export function segmentConfidence(segment: TranscriptionSegmentInput): number | null {
  const logprob = finite(segment.avg_logprob);
  if (logprob === null) return null;
  return rounded(Math.min(1, Math.max(0, Math.exp(logprob))), 4);
}

/**
 * The lines of a transcribed recording, numbered 1…n in the segments' order. A recording is one
 * mixed track that says nothing of who spoke, so every line's speaker is `unknown` (a diarizing
 * model's "A"/"B" would say which lines share a voice, not which voice is the customer's). Times are
 * the segment's, in seconds from the start of the recording (3 decimals, as the column keeps them).
 * Blank segments and silence (see `isSilence`) are left out. A server that answers without segments
 * gives one line with the whole text.
 */
export function transcriptionLines(answer: TranscriptionAnswer): TranscriptLine[] {
  const segments = answer.segments ?? [];
  const kept = segments.length > 0
    ? segments.filter((segment) => (segment.text ?? '').trim() && !isSilence(segment))
    : [{ start: 0, end: finite(answer.duration), text: answer.text ?? '' }].filter((segment) => segment.text.trim());
  return kept.map((segment, index) => {
    const start = nonNegative(segment.start);
    let end = nonNegative(segment.end);
    if (start !== null && end !== null && end < start) end = start;
    return {
      seq: index + 1, speaker: 'unknown', text: segment.text!.trim(), startSeconds: start, endSeconds: end,
      confidence: segmentConfidence(segment), interrupted: false, latencyMs: null,
    };
  });
}

function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function nonNegative(value: number | null | undefined): number | null {
  const number = finite(value);
  return number === null ? null : rounded(Math.max(0, number), 3);
}

function rounded(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'audio/mpeg': 'mp3', 'audio/mp3': 'mp3', 'audio/wav': 'wav', 'audio/x-wav': 'wav', 'audio/wave': 'wav', 'audio/ogg': 'ogg',
  'audio/webm': 'webm', 'audio/flac': 'flac', 'audio/x-flac': 'flac', 'audio/mp4': 'm4a', 'audio/m4a': 'm4a', 'audio/x-m4a': 'm4a',
};
const AUDIO_EXTENSION = /\.(flac|mp3|mp4|mpeg|mpga|m4a|ogg|oga|opus|wav|webm)$/i;

/**
 * The name the audio is sent under: transcription servers read the format from its extension
 * (integrations-2 §5c), so a stored name without one (an e-mail attachment called "recording")
 * gets the content type's. Only the extension matters to a server; the rest is the stored name's.
 */
export function audioFilename(filename: string, contentType: string): string {
  const name = filename.replace(/[^\w.-]+/g, '_').slice(-100) || 'recording';
  if (AUDIO_EXTENSION.test(name)) return name;
  const extension = EXTENSIONS[contentType.split(';')[0]!.trim().toLowerCase()] ?? 'mp3';
  return `${name}.${extension}`;
}
