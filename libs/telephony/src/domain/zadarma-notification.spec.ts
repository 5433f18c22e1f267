import { describe, expect, it } from '@jest/globals';
import { readRecordingEmailHints } from './recording-email.js';
import { internationalNumber, phoneCandidates, statusRank } from './provider-call.js';
import { readZadarmaNotification, ZADARMA_DISPOSITIONS, zonedTime } from './zadarma-notification.js';

const received = new Date('2024-03-01T10:16:30Z');

describe('Zadarma notifications as call reports', () => {
  it.each(Object.entries({
    answered: 'completed', busy: 'busy', 'no answer': 'no_answer', cancel: 'cancelled', failed: 'failed',
    'unallocated number': 'failed', 'no money': 'failed', 'no limit': 'failed', 'no day limit': 'failed',
    'line limit': 'failed', 'no money, no limit': 'failed',
  }))('maps the disposition "%s" to %s and keeps it raw in call_result', (disposition, status) => {
    const { report } = readZadarmaNotification({
      event: 'NOTIFY_OUT_END', pbx_call_id: 'out_1', internal: '100', destination: '380501234567',
      call_start: '2024-03-01 10:15:00', duration: '73', disposition,
    }, 'UTC', received);
    expect(report).toMatchObject({ direction: 'outbound', status, callResult: disposition, durationSeconds: 73, endedAt: received });
  });

  it('knows exactly the eleven dispositions', () => {
    expect(Object.keys(ZADARMA_DISPOSITIONS)).toHaveLength(11);
  });

  it('reads an inbound start: caller as the counterpart, in E.164, started in the account\'s zone', () => {
    const { report, pbxCallId } = readZadarmaNotification({
      event: 'NOTIFY_START', pbx_call_id: 'in_abc', caller_id: '380501234567', called_did: '442037691880',
      call_start: '2024-03-01 10:15:00',
    }, 'Europe/Kyiv', received);
    expect(pbxCallId).toBe('in_abc');
    expect(report).toMatchObject({
      direction: 'inbound', status: 'ringing', fromNumber: '380501234567', toNumber: '442037691880',
      counterpartNumber: '380501234567', startedAt: new Date('2024-03-01T08:15:00Z'),
    });
  });

  it('reads an outbound start without internal, and an answer of an out_ call as outbound', () => {
    expect(readZadarmaNotification({ event: 'NOTIFY_OUT_START', pbx_call_id: 'out_x', destination: '525512345678', call_start: '2024-03-01 10:15:00' }, 'UTC', received).report)
      .toMatchObject({ direction: 'outbound', status: 'initiated', fromNumber: null, counterpartNumber: '525512345678' });
    expect(readZadarmaNotification({ event: 'NOTIFY_ANSWER', pbx_call_id: 'out_x', caller_id: '100', destination: '525512345678', call_start: '2024-03-01 10:15:00' }, 'UTC', received).report)
      .toMatchObject({ direction: 'outbound', status: 'answered', answeredAt: received, counterpartNumber: '525512345678' });
  });

  it('leaves the duration unknown when it is missing or empty, instead of 0 seconds', () => {
    const end = { event: 'NOTIFY_OUT_END', pbx_call_id: 'out_1', destination: '380501234567', disposition: 'answered' };
    expect(readZadarmaNotification(end, 'UTC', received).report.durationSeconds).toBeNull();
    expect(readZadarmaNotification({ ...end, duration: '' }, 'UTC', received).report.durationSeconds).toBeNull();
    expect(readZadarmaNotification({ ...end, duration: '0' }, 'UTC', received).report.durationSeconds).toBe(0);
  });

  it('refuses a duration beyond PostgreSQL\'s integer, negative or not whole, and a pbx_call_id over 200 characters, naming them', () => {
    const end = { event: 'NOTIFY_OUT_END', pbx_call_id: 'out_1', destination: '380501234567', disposition: 'answered' };
    for (const duration of ['2147483648', '99999999999999999999', '-5', '7.5', 'abc']) {
      expect(() => readZadarmaNotification({ ...end, duration }, 'UTC', received))
        .toThrow(expect.objectContaining({ code: 'telephony.notification_invalid', details: { field: 'duration' } }));
    }
    expect(readZadarmaNotification({ ...end, duration: '2147483647' }, 'UTC', received).report.durationSeconds).toBe(2147483647);
    expect(() => readZadarmaNotification({ ...end, pbx_call_id: `out_${'a'.repeat(197)}` }, 'UTC', received))
      .toThrow(expect.objectContaining({ code: 'telephony.notification_invalid', details: { field: 'pbx_call_id' } }));
  });

  it('reads only the form\'s own fields: Object.prototype names are unknown dispositions, inherited fields absent', () => {
    for (const disposition of ['constructor', 'toString', '__proto__']) {
      const { report } = readZadarmaNotification({ event: 'NOTIFY_END', pbx_call_id: 'in_1', disposition, duration: '3' }, 'UTC', received);
      expect(report).toMatchObject({ status: 'failed', callResult: disposition });
    }
    const inherited = Object.assign(Object.create({ pbx_call_id: 'in_1' }) as Record<string, string>, { event: 'NOTIFY_START' });
    expect(() => readZadarmaNotification(inherited, 'UTC', received)).toThrow(expect.objectContaining({ code: 'telephony.notification_invalid' }));
  });

  it('marks the direction of an ANSWER or RECORD without the out_ prefix as a guess, and of OUT_* events as known', () => {
    const at = { call_start: '2024-03-01 10:15:00', caller_id: '442037691880', destination: '525512345678' };
    expect(readZadarmaNotification({ event: 'NOTIFY_ANSWER', pbx_call_id: 'in_1', ...at }, 'UTC', received).report)
      .toMatchObject({ direction: 'inbound', directionGuessed: true });
    expect(readZadarmaNotification({ event: 'NOTIFY_RECORD', pbx_call_id: 'out_1', call_id_with_rec: '1.2' }, 'UTC', received).report)
      .toMatchObject({ direction: 'outbound', directionGuessed: false });
    expect(readZadarmaNotification({ event: 'NOTIFY_OUT_END', pbx_call_id: 'in_1', ...at, disposition: 'busy' }, 'UTC', received).report)
      .toMatchObject({ direction: 'outbound', directionGuessed: false });
  });

  it('refuses a notification without pbx_call_id or with a malformed call_start', () => {
    expect(() => readZadarmaNotification({ event: 'NOTIFY_START', call_start: '2024-03-01 10:15:00' }, 'UTC', received))
      .toThrow(expect.objectContaining({ code: 'telephony.notification_invalid' }));
    expect(() => readZadarmaNotification({ event: 'NOTIFY_START', pbx_call_id: 'in_1', call_start: '01/03/2024 10:15' }, 'UTC', received))
      .toThrow(expect.objectContaining({ code: 'telephony.notification_invalid' }));
  });
});

describe('local times and numbers', () => {
  it('reads wall-clock time in a zone, across daylight saving', () => {
    expect(zonedTime('2024-07-01 12:00:00', 'Europe/Madrid')).toEqual(new Date('2024-07-01T10:00:00Z'));
    expect(zonedTime('2024-01-15 12:00:00', 'Europe/Madrid')).toEqual(new Date('2024-01-15T11:00:00Z'));
    expect(zonedTime('2024-01-15 12:00:00', 'America/Mexico_City')).toEqual(new Date('2024-01-15T18:00:00Z'));
    expect(zonedTime('2024-02-30 12:00:00', 'UTC')).toBeNull();
  });

  it('reads a provider\'s number first as international digits, then as a national number; extensions match nobody', () => {
    expect(phoneCandidates('525512345678')).toEqual(['+525512345678', '525512345678']);
    expect(phoneCandidates('+380501234567')).toEqual(['+380501234567']);
    expect(phoneCandidates('100')).toEqual([]);
    expect(phoneCandidates(null)).toEqual([]);
  });

  it('takes international digits as E.164 and leaves extensions out', () => {
    expect(internationalNumber('380501234567')).toBe('+380501234567');
    expect(internationalNumber('+52 55 1234 5678')).toBe('+525512345678');
    expect(internationalNumber('100')).toBeNull();
    expect(internationalNumber(undefined)).toBeNull();
  });

  it('orders statuses so that a final one is never replaced', () => {
    expect(statusRank('ringing')).toBeGreaterThan(statusRank('initiated'));
    expect(statusRank('completed')).toBeGreaterThan(statusRank('answered'));
    expect(statusRank('busy')).toBe(statusRank('completed'));
  });
});

describe('recording e-mail hints', () => {
  it('prefers a PBX call id anywhere in the e-mail', () => {
    const hints = readRecordingEmailHints({ subject: 'Grabación de llamada', text: 'ID: out_4f1c2d3e4b5a69788796a5b4c3d2e1f001122334', filenames: [] }, 'UTC');
    expect(hints.pbxCallId).toBe('out_4f1c2d3e4b5a69788796a5b4c3d2e1f001122334');
  });

  it('reads numbers and a local time from the subject or the file name', () => {
    const hints = readRecordingEmailHints({
      subject: 'Call recording 100 -> 525512345678', text: '', filenames: ['20240301-101500_525512345678.mp3'],
    }, 'America/Mexico_City');
    expect(hints).toEqual({ pbxCallId: null, numbers: ['+525512345678'], startedAt: new Date('2024-03-01T16:15:00Z'), direction: 'outbound' });
    expect(readRecordingEmailHints({ subject: 'Llamada entrante de 525512345678', text: '', filenames: [] }, 'UTC').direction).toBe('inbound');
    expect(readRecordingEmailHints({ subject: 'x', text: 'rec 1709280900.123456', filenames: ['2026-11-20-09-31-00_525512345678.mp3'] }, 'UTC'))
      .toMatchObject({ numbers: ['+525512345678'], startedAt: new Date('2026-11-20T09:31:00Z') });
  });
});
