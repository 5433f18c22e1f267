import { describe, expect, it } from '@jest/globals';
import { readTwilioStatusCallback } from './twilio-status.js';

const received = new Date('2026-11-23T10:00:00Z');
const callback = (params: Record<string, string>) => readTwilioStatusCallback({ CallSid: 'CA1', To: '+525512345678', ...params }, received);

describe('Twilio status callbacks as call reports', () => {
  it('refuses a CallStatus named like an Object.prototype member instead of reading the prototype', () => {
    for (const status of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(() => callback({ CallStatus: status })).toThrow(expect.objectContaining({ code: 'telephony.notification_invalid' }));
    }
  });

  it('ignores inherited parameters', () => {
    const inherited = Object.assign(Object.create({ CallSid: 'CA1' }) as Record<string, string>, { CallStatus: 'ringing' });
    expect(() => readTwilioStatusCallback(inherited, received)).toThrow(expect.objectContaining({ code: 'telephony.notification_invalid' }));
  });

  it('keeps the duration of a final status unknown when CallDuration is missing or empty, and reads it when given', () => {
    expect(callback({ CallStatus: 'completed' }).report.durationSeconds).toBeNull();
    expect(callback({ CallStatus: 'completed', CallDuration: '' }).report.durationSeconds).toBeNull();
    expect(callback({ CallStatus: 'completed', CallDuration: '42' }).report).toMatchObject({ status: 'completed', durationSeconds: 42 });
  });
});
