import { describe, expect, it } from '@jest/globals';
import { isZadarmaRecordingLink } from './zadarma-recording-download.js';

describe('recording links the worker downloads', () => {
  it('come from the configured API\'s own host, or from zadarma.com over https', () => {
    const base = 'https://api.zadarma.com';
    expect(isZadarmaRecordingLink('https://api.zadarma.com/v1/pbx/record/download/abc.mp3', base)).toBe(true);
    expect(isZadarmaRecordingLink('https://cdn7.zadarma.com/rec/abc.mp3', base)).toBe(true);
    expect(isZadarmaRecordingLink('http://cdn7.zadarma.com/rec/abc.mp3', base)).toBe(false);
    expect(isZadarmaRecordingLink('https://zadarma.com.evil.example/abc.mp3', base)).toBe(false);
    expect(isZadarmaRecordingLink('https://evilzadarma.com/abc.mp3', base)).toBe(false);
    expect(isZadarmaRecordingLink('https://user:pw@cdn.zadarma.com/abc.mp3', base)).toBe(false);
    expect(isZadarmaRecordingLink('http://169.254.169.254/latest/meta-data', base)).toBe(false);
    expect(isZadarmaRecordingLink('http://127.0.0.1:4010/recordings/1.mp3', 'http://127.0.0.1:4010')).toBe(true);
    expect(isZadarmaRecordingLink('http://127.0.0.1:4011/recordings/1.mp3', 'http://127.0.0.1:4010')).toBe(false);
  });
});
