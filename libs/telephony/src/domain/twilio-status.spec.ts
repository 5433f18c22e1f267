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

  it.each(['SequenceNumber', 'CallDuration'])('refuses a %s beyond PostgreSQL\'s integer, negative or not whole, naming it', (field) => {
    for (const value of ['2147483648', '99999999999999999999', '-1', '1.5', '1e3', 'x']) {
      expect(() => callback({ CallStatus: 'completed', [field]: value }))
        .toThrow(expect.objectContaining({ code: 'telephony.notification_invalid', details: { field } }));
    }
    expect(callback({ CallStatus: 'completed', SequenceNumber: '2147483647', CallDuration: '2147483647' }))
      .toMatchObject({ sequenceNumber: 2147483647, report: { durationSeconds: 2147483647 } });
  });

  it('refuses a CallSid longer than 200 characters', () => {
    expect(() => callback({ CallStatus: 'ringing', CallSid: `CA${'0'.repeat(199)}` }))
      .toThrow(expect.objectContaining({ code: 'telephony.notification_invalid', details: { field: 'CallSid' } }));
  });
});
