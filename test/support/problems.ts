import { expect } from '@jest/globals';
import type { Response } from 'supertest';

/** Status, code and the problem+json shape together, so a failure shows the whole answer. */
export function expectProblem(response: Response, status: number, code: string): void {
  expect(response.status).not.toBe(500);
  expect({ status: response.status, body: response.body }).toMatchObject({
    status,
    body: { type: `urn:leadline:problem:${code}`, title: expect.any(String), status, code, detail: expect.any(String) },
  });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.request_id).toBe(response.headers['x-request-id']);
}
