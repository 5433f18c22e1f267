import { describe, expect, it } from '@jest/globals';
import { isPrivateHost, providerBaseUrlProblem } from './provider-urls.js';
import { isZadarmaRecordingLink } from './zadarma-recording-download.js';

describe('provider API base URLs a tenant may set', () => {
  it('accepts https to public hosts only', () => {
    expect(providerBaseUrlProblem('https://api.zadarma.com', [])).toBeNull();
    expect(providerBaseUrlProblem('https://api-sandbox.zadarma.com/', [])).toBeNull();
    for (const url of [
      'http://api.zadarma.com', 'ftp://api.zadarma.com', 'not a url', 'https://user:secret@api.zadarma.com',
      'https://127.0.0.1', 'https://2130706433', 'https://0x7f.1', 'https://localhost', 'https://api.localhost',
      'https://10.0.0.1', 'https://100.64.1.1', 'https://172.31.255.255', 'https://192.168.0.1', 'https://169.254.169.254',
      'https://0.0.0.0', 'https://[::1]', 'https://[::]', 'https://[fd00::1]', 'https://[fe80::1]', 'https://[::ffff:10.0.0.1]',
    ]) {
      expect([url, providerBaseUrlProblem(url, [])]).toEqual([url, expect.any(String)]);
    }
  });

  it('lets PROVIDER_TEST_HOSTS allow plain http and private addresses, per host or per host:port', () => {
    expect(providerBaseUrlProblem('http://127.0.0.1:4010', ['127.0.0.1'])).toBeNull();
    expect(providerBaseUrlProblem('http://127.0.0.1:4010', ['127.0.0.1:4010'])).toBeNull();
    expect(providerBaseUrlProblem('http://127.0.0.1:4011', ['127.0.0.1:4010'])).toEqual(expect.any(String));
    expect(providerBaseUrlProblem('https://sandbox.local', ['sandbox.local:443'])).toBeNull();
    expect(providerBaseUrlProblem('http://10.0.0.5', ['127.0.0.1'])).toEqual(expect.any(String));
  });

  it('knows private hosts from public ones', () => {
    expect(isPrivateHost('8.8.8.8')).toBe(false);
    expect(isPrivateHost('api.twilio.com')).toBe(false);
    expect(isPrivateHost('[2001:4860:4860::8888]')).toBe(false);
    expect(isPrivateHost('[::1]')).toBe(true);
    expect(isPrivateHost('[::ffff:7f00:1]')).toBe(true);
    expect(isPrivateHost('[::ffff:808:808]')).toBe(false);
  });
});

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
