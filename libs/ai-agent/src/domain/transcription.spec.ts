import { describe, expect, it } from '@jest/globals';
import { audioFilename, isSilence, segmentConfidence, transcriptionLines } from './index.js';

const segment = (text: string, start: number, end: number, extra: Record<string, number> = {}) =>
  ({ id: 0, seek: 0, start, end, text, tokens: [], temperature: 0, avg_logprob: -0.2, compression_ratio: 1.1, no_speech_prob: 0.01, ...extra });

describe('a verbose_json transcription as transcript lines', () => {
  it('numbers the segments in order, trims them, keeps their times and derives confidence from avg_logprob, speaker unknown', () => {
    const lines = transcriptionLines({
      text: 'Buenas tardes. Busco un departamento.', duration: 5.5,
      segments: [segment(' Buenas tardes.', 0, 1.23456), segment(' Busco un departamento. ', 1.5, 5.5, { avg_logprob: -1 })],
    });
    expect(lines).toEqual([
      { seq: 1, speaker: 'unknown', text: 'Buenas tardes.', startSeconds: 0, endSeconds: 1.235, confidence: 0.8187, interrupted: false, latencyMs: null },
      { seq: 2, speaker: 'unknown', text: 'Busco un departamento.', startSeconds: 1.5, endSeconds: 5.5, confidence: 0.3679, interrupted: false, latencyMs: null },
    ]);
  });

  it('leaves out blank segments and Whisper\'s silence (no_speech_prob > 0.6 with avg_logprob < -1), renumbering the rest', () => {
    const lines = transcriptionLines({
      text: '', segments: [
        segment('  ', 0, 1), segment(' Gracias por ver el video.', 1, 2, { no_speech_prob: 0.9, avg_logprob: -1.4 }),
        segment(' Hola.', 2, 3, { no_speech_prob: 0.9, avg_logprob: -0.3 }),
      ],
    });
    expect(lines.map((line) => [line.seq, line.text])).toEqual([[1, 'Hola.']]);
    expect(isSilence({ no_speech_prob: 0.61, avg_logprob: -1.01 })).toBe(true);
    expect(isSilence({ no_speech_prob: 0.61 })).toBe(false);
  });

  it('gives one line for a server that sends text without segments, and none for an empty answer', () => {
    expect(transcriptionLines({ text: ' Hola, ¿quién habla? ', duration: 3 })).toEqual([
      { seq: 1, speaker: 'unknown', text: 'Hola, ¿quién habla?', startSeconds: 0, endSeconds: 3, confidence: null, interrupted: false, latencyMs: null },
    ]);
    expect(transcriptionLines({ text: '', segments: [] })).toEqual([]);
    expect(transcriptionLines({})).toEqual([]);
  });

  it('keeps times that make sense: never negative, an end never before its start; confidence null without avg_logprob', () => {
    const [line] = transcriptionLines({ segments: [{ text: 'Sí.', start: -0.2, end: -1 }] });
    expect(line).toMatchObject({ startSeconds: 0, endSeconds: 0, confidence: null });
    expect(segmentConfidence({ avg_logprob: 0.5 })).toBe(1);
    expect(segmentConfidence({ avg_logprob: Number.NaN })).toBeNull();
  });
});

describe('the name the audio is sent under', () => {
  it('keeps an audio extension, and adds the content type\'s where there is none', () => {
    expect(audioFilename('out_4f1c2d.mp3', 'audio/mpeg')).toBe('out_4f1c2d.mp3');
    expect(audioFilename('recording', 'audio/wav')).toBe('recording.wav');
    expect(audioFilename('Llamada de Ana (1)', 'audio/ogg; codecs=opus')).toBe('Llamada_de_Ana_1_.ogg');
    expect(audioFilename('', 'application/octet-stream')).toBe('recording.mp3');
  });
});
