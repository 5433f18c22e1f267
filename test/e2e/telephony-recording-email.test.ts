import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, aKey, anOpportunity, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';
import { RECORDING_MP3, sendZadarma, zadarmaCall, zadarmaRecordingEmail } from '../support/stand-ins/zadarma.js';
import { callRows, callsOf, connectZadarma, deliverTo, opportunityOf, pbxId } from '../support/telephony.js';

/** Zadarma recording e-mails (contract §7) and the recording stream of a call. */
let app: RunningApp;
const db = sql();
const PUBLIC_BASE_URL = 'https://leadline.example.test';
const RECORDINGS_DIR = mkdtempSync(join(tmpdir(), 'leadline-recordings-'));

beforeAll(async () => {
  app = await startApp({ env: { PUBLIC_BASE_URL, RECORDINGS_DIR } });
});

afterAll(async () => {
  await app.close();
  await db.end();
});

function postEmail(tenant: TestTenant, email: Buffer | string, auth: Record<string, string> = tenant.auth, contentType = 'message/rfc822') {
  return app.http().post(`/api/v1/webhooks/zadarma/${tenant.id}/recording-email`).set(auth).set('content-type', contentType).send(email);
}

function binary(response: Response): Buffer {
  return response.body as Buffer;
}

function getRecording(tenant: TestTenant, callId: string, auth: Record<string, string> = tenant.auth) {
  return app.http().get(`/api/v1/crm/calls/${callId}/recording`).set(auth).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}


describe('a recording e-mail', () => {
  it('attaches the audio to the call named by its PBX call id, and streams it back', async () => {
    const tenant = await aTenant(app);
    const zadarma = await connectZadarma(app, tenant);
    const call = zadarmaCall(pbxId());
    await sendZadarma(deliverTo(app), `/api/v1/webhooks/zadarma/${tenant.id}`, call.outEnd('525512345678', 'answered', '30'), zadarma.api_secret);
    const existing = (await callsOf(app, tenant))[0]!;
    const audio = Buffer.concat([RECORDING_MP3, randomBytes(2048)]);

    const response = await postEmail(tenant, zadarmaRecordingEmail({ subject: `Grabación ${call.pbxCallId}`, audio })).expect(201);
    expect(response.body).toMatchObject({
      id: existing.id, call_status: 'completed', recording_url: `${PUBLIC_BASE_URL}/api/v1/crm/calls/${existing.id}/recording`,
    });

    const viewer = await aKey(app, tenant, 'viewer');
    const streamed = await getRecording(tenant, existing.id, viewer.auth).expect(200);
    expect(streamed.headers['content-type']).toBe('audio/mpeg');
    expect(Number(streamed.headers['content-length'])).toBe(audio.length);
    expect(Buffer.compare(binary(streamed), audio)).toBe(0);
    expect(await callRows(db, tenant.id)).toBe(1);
  });

  it('finds the call by a number and the local time in the file name', async () => {
    const tenant = await aTenant(app);
    const zadarma = await connectZadarma(app, tenant, { timezone: 'America/Mexico_City' });
    const call = zadarmaCall(pbxId(), { start: '2026-11-20 09:30:05' });
    await sendZadarma(deliverTo(app), `/api/v1/webhooks/zadarma/${tenant.id}`, call.outEnd('525512345678', 'answered', '30'), zadarma.api_secret);
    const existing = (await callsOf(app, tenant))[0]!;
    const response = await postEmail(tenant, zadarmaRecordingEmail({
      subject: 'Call recording', filename: '20261120-093100_100_525512345678.mp3',
    })).expect(201);
    expect(response.body.id).toBe(existing.id);
    expect(await callRows(db, tenant.id)).toBe(1);
  });

  it('creates a completed outbound call when nothing matches, which registers a green first-call attempt', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);
    const phone = (await app.http().get(`/api/v1/crm/contacts/${opp.contact_id}`).set(tenant.auth)).body.phone as string;
    const email = zadarmaRecordingEmail({ subject: `Llamada saliente a ${phone.slice(1)} 2026-11-21 12:00:00` });

    const response = await postEmail(tenant, email).expect(201);
    expect(response.body).toMatchObject({
      provider: 'zadarma', direction: 'outbound', call_status: 'completed', entity_id: opp.contact_id, to_number: phone,
      started_at: '2026-11-21T12:00:00.000Z', external_call_id: expect.stringMatching(/^email:/),
    });
    const view = await eventually(async () => {
      const current = await opportunityOf(app, tenant, opp.id);
      return current.first_call_completed ? current : undefined;
    });
    expect(view.first_call_attempts['1']).toMatchObject({ status: 'green', call_id: response.body.id });

    const again = await postEmail(tenant, email).expect(201);
    expect(again.body.id).toBe(response.body.id);
    expect(await callRows(db, tenant.id)).toBe(1);
  });

  it('reads an inbound call from the subject and does not register an attempt for it', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const response = await postEmail(tenant, zadarmaRecordingEmail({ subject: `Llamada entrante de ${contact.phone}` })).expect(201);
    expect(response.body).toMatchObject({ direction: 'inbound', entity_id: contact.id, from_number: contact.phone });
  });
});

describe('a recording e-mail racing the webhooks of its call', () => {
  it('updates the call a webhook created meanwhile instead of answering 409, and leaves no audio without a call', async () => {
    const tenant = await aTenant(app);
    const zadarma = await connectZadarma(app, tenant);
    const calls = Array.from({ length: 8 }, () => zadarmaCall(pbxId()));
    const responses = await Promise.all(calls.flatMap((call) => [
      postEmail(tenant, zadarmaRecordingEmail({ subject: `Grabación ${call.pbxCallId}` })).then((r) => r.status),
      sendZadarma(deliverTo(app), `/api/v1/webhooks/zadarma/${tenant.id}`, call.outEnd('525512345678', 'answered', '30'), zadarma.api_secret)
        .then((r) => r.status),
    ]));
    expect(responses).toEqual(calls.flatMap(() => [201, 200]));

    const stored = await callsOf(app, tenant);
    expect(stored).toHaveLength(calls.length);
    for (const call of calls) {
      const found = stored.find((c) => c.external_call_id === call.pbxCallId);
      expect(found).toMatchObject({
        call_status: 'completed', duration_seconds: 30, recording_url: `${PUBLIC_BASE_URL}/api/v1/crm/calls/${found!.id}/recording`,
      });
    }
    const files = readdirSync(join(RECORDINGS_DIR, tenant.id)).filter((name) => name.endsWith('.audio'));
    expect(files.sort()).toEqual(stored.map((c) => `${c.id}.audio`).sort());
  });

  it('meets the call a webhook commits while the e-mail\'s own insert waits, and deletes the audio of the attempt it gave up', async () => {
    const tenant = await aTenant(app);
    const call = zadarmaCall(pbxId());
    const winnerId = randomUUID();
    // Stands for a webhook's transaction that created the call and has not committed yet.
    const webhook = await db.connect();
    try {
      await webhook.query('begin');
      await webhook.query(
        `insert into calls (id, tenant_id, direction, call_status, provider, external_call_id, duration_seconds, call_result, version, created_at, updated_at)
         values ($1, $2, 'outbound', 'completed', 'zadarma', $3, 30, 'answered', 1, now(), now())`,
        [winnerId, tenant.id, call.pbxCallId],
      );
      const email = postEmail(tenant, zadarmaRecordingEmail({ subject: `Grabación ${call.pbxCallId}` })).then((r) => r);
      await eventually(async () => {
        const { rows } = await db.query(
          `select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and query ilike 'insert into "calls"%'`,
        );
        return rows[0].n > 0 ? true : undefined;
      });
      await webhook.query('commit');

      const response = await email;
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        id: winnerId, duration_seconds: 30, recording_url: `${PUBLIC_BASE_URL}/api/v1/crm/calls/${winnerId}/recording`,
      });
    } finally {
      webhook.release();
    }
    expect(await callRows(db, tenant.id)).toBe(1);
    expect(readdirSync(join(RECORDINGS_DIR, tenant.id)).sort()).toEqual([`${winnerId}.audio`, `${winnerId}.json`]);
    await getRecording(tenant, winnerId).expect(200);
  });
});

describe('bad recording e-mails', () => {
  it('answers 422 for an e-mail without audio, a body that is not an e-mail, and an empty body', async () => {
    const tenant = await aTenant(app);
    expectProblem(await postEmail(tenant, zadarmaRecordingEmail({ subject: 'Sin adjunto', audio: null })), 422, 'telephony.recording_email_invalid');
    expectProblem(await postEmail(tenant, 'just some text, no headers at all'), 422, 'telephony.recording_email_invalid');
    expectProblem(await postEmail(tenant, ''), 422, 'telephony.recording_email_invalid');
    expect(await callRows(db, tenant.id)).toBe(0);
  });

  it('answers 415 for another content type, 401 without a key, 403 for a viewer and 404 for another tenant\'s path', async () => {
    const tenant = await aTenant(app);
    const email = zadarmaRecordingEmail({ subject: 'x' });
    expectProblem(await postEmail(tenant, JSON.stringify({ email: 'x' }), tenant.auth, 'application/json'), 415, 'request.unsupported_media_type');
    expectProblem(await postEmail(tenant, email, {}), 401, 'auth.unauthenticated');
    const viewer = await aKey(app, tenant, 'viewer');
    expectProblem(await postEmail(tenant, email, viewer.auth), 403, 'auth.forbidden');
    const other = await aTenant(app);
    expectProblem(await app.http().post(`/api/v1/webhooks/zadarma/${other.id}/recording-email`).set(tenant.auth)
      .set('content-type', 'message/rfc822').send(email), 404, 'resource.not_found');
    expect(await callRows(db, tenant.id)).toBe(0);
    expect(await callRows(db, other.id)).toBe(0);
  });
});

describe('the recording stream', () => {
  it('answers 404 for a call without recording, another tenant\'s call and a missing call; 400 for a bad id', async () => {
    const tenant = await aTenant(app);
    const call = (await app.http().post('/api/v1/crm/calls').set(tenant.auth).send({ direction: 'outbound' }).expect(201)).body;
    expectProblem(await app.http().get(`/api/v1/crm/calls/${call.id}/recording`).set(tenant.auth), 404, 'resource.not_found');

    const owner = await aTenant(app);
    const recorded = (await postEmail(owner, zadarmaRecordingEmail({ subject: 'x' })).expect(201)).body;
    await getRecording(owner, recorded.id).expect(200);
    expectProblem(await app.http().get(`/api/v1/crm/calls/${recorded.id}/recording`).set(tenant.auth), 404, 'resource.not_found');
    expectProblem(await app.http().get('/api/v1/crm/calls/0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b/recording').set(tenant.auth), 404, 'resource.not_found');
    expectProblem(await app.http().get('/api/v1/crm/calls/nope/recording').set(tenant.auth), 400, 'request.invalid');
  });
});
