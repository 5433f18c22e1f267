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
