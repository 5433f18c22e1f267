import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startApp, type RunningApp } from '../support/app.js';

const run = promisify(execFile);
const REDOCLY = 'node_modules/@redocly/cli/bin/cli.js';

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema; type?: string };
interface Operation {
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { description: string; headers?: Record<string, { $ref?: string }>; content?: Record<string, { schema: Schema; examples?: Record<string, { $ref: string }> }> }>;
  'x-error-codes'?: string[];
}
interface Document {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; headers: Record<string, { required?: boolean; schema?: Schema }>; securitySchemes: Record<string, { description?: string }>; examples: Record<string, { value: { code: string; status: number } }> };
}

let app: RunningApp;
let doc: Document;
let operations: { route: string; path: string; method: string; operation: Operation }[];

beforeAll(async () => {
  app = await startApp({ worker: false });
  doc = (await app.http().get('/docs-json').expect(200)).body as Document;
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, path, method, operation })));
});

afterAll(async () => {
  await app.close();
});

describe('the served OpenAPI document', () => {
  it("passes Redocly's recommended ruleset with no error and no warning", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leadline-openapi-'));
    try {
      const file = join(dir, 'docs-json.json');
      await writeFile(file, JSON.stringify(doc));
      const result = await run(process.execPath, [REDOCLY, 'lint', file, '--config', 'redocly.yaml', '--format', 'json'], {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(result.stdout) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; message: string; location: { pointer?: string }[] }[];
      };
      const problems = report.problems.map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
      expect(problems).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('documents every route the app serves, /metrics included, each with a summary and described success answers', () => {
    const router = app.api.getHttpAdapter().getInstance().router as {
      stack: { route?: { path: string; methods: Record<string, boolean> } }[];
    };
    const served = router.stack
      // Middleware mounts wildcard routes; Swagger UI's own pages are not part of the API.
      .filter((layer) => layer.route && !layer.route.path.includes('*') && !layer.route.path.startsWith('/docs'))
      .flatMap((layer) => Object.keys(layer.route!.methods).map((method) =>
        `${method.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`));
    expect(served).toContain('GET /metrics');
    expect(operations.map((o) => o.route).sort()).toEqual([...new Set(served)].sort());
    for (const { route, operation } of operations) {
      expect({ route, summary: typeof operation.summary }).toEqual({ route, summary: 'string' });
      for (const [status, response] of Object.entries(operation.responses)) {
        expect({ route, status, described: response.description.trim().length > 0 }).toEqual({ route, status, described: true });
      }
    }
  });

  it('names a server, so generated clients and Swagger UI know where to send requests', () => {
    expect(doc.servers?.length).toBeGreaterThan(0);
  });

  it('types every field: no property is an untyped object, and free-form objects say what their values are', () => {
    const untyped: string[] = [];
    const visit = (schema: Schema, at: string) => {
      if (schema.type === 'object' && !schema.properties && schema.additionalProperties === undefined) untyped.push(at);
      for (const [name, property] of Object.entries(schema.properties ?? {})) visit(property, `${at}.${name}`);
      if (schema.items) visit(schema.items, `${at}[]`);
    };
    for (const [name, schema] of Object.entries(doc.components.schemas)) visit(schema, name);
    expect(untyped).toEqual([]);
    expect(doc.components.schemas.ContactBody.properties).toMatchObject({
      first_name: { type: 'string', nullable: true },
      phone: { type: 'string', nullable: true },
      channel_id: { type: 'string', format: 'uuid', nullable: true },
    });
  });

  it('declares If-Match optional and each header once', () => {
    for (const { route, operation } of operations) {
      const headers = (operation.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
      expect({ route, headers }).toEqual({ route, headers: [...new Set(headers)] });
      const ifMatch = operation.parameters?.find((p) => p.name === 'If-Match');
      if (ifMatch) expect({ route, required: ifMatch.required }).toEqual({ route, required: false });
    }
    expect(operations.filter((o) => o.operation.parameters?.some((p) => p.name === 'If-Match')).map((o) => o.route).sort()).toEqual([
      'PATCH /api/v1/crm/calls/{id}',
      'PATCH /api/v1/crm/opportunities/{id}',
      'POST /api/v1/crm/opportunities/{id}/stage',
      'POST /api/v1/pipeline/leads/{id}/move-stage',
      'PUT /api/v1/crm/calls/{id}',
      'DELETE /api/v1/templates/{id}',
      'PUT /api/v1/templates/{id}',
      'PATCH /api/v1/crm/activities/{id}',
      'DELETE /api/v1/crm/activities/{id}',
      'PUT /api/v1/ai/agents/{agent_type}',
      'PATCH /api/v1/campaigns/{id}',
      'PUT /api/v1/campaigns/{id}',
      'POST /api/v1/campaigns/{id}/steps',
      'PUT /api/v1/campaigns/{id}/steps/{stepId}',
      'DELETE /api/v1/campaigns/{id}/steps/{stepId}',
    ].sort());
  });

  it('asks for what the API accepts: X-API-Key or a bearer token, the admin key on /admin, nothing on public endpoints', () => {
    const { securitySchemes } = doc.components;
    expect(Object.keys(securitySchemes).sort()).toEqual(['admin-key', 'api-key', 'bearer']);
    for (const [name, scheme] of Object.entries(securitySchemes)) expect({ name, described: Boolean(scheme.description) }).toEqual({ name, described: true });
    const publicRoutes = [
      'GET /health/live', 'GET /health/ready', 'GET /metrics',
      'GET /api/v1/webhooks/zadarma/{tenant_id}', 'POST /api/v1/webhooks/zadarma/{tenant_id}',
      'POST /api/v1/webhooks/twilio/{tenant_id}/status',
      'POST /api/v1/webhooks/telegram/{tenant_id}',
      'GET /api/v1/webhooks/whatsapp/{tenant_id}', 'POST /api/v1/webhooks/whatsapp/{tenant_id}',
    ];
    for (const { route, path, operation } of operations) {
      const expected = publicRoutes.includes(route) ? []
        : path.startsWith('/api/v1/admin/') ? [{ 'admin-key': [] }]
        : [{ 'api-key': [] }, { bearer: [] }];
      expect({ route, security: operation.security }).toEqual({ route, security: expected });
    }
  });

  it('gives every operation its error codes, each under its own status with its own example', () => {
    for (const { route, method, operation } of operations) {
      const codes = operation['x-error-codes'] ?? [];
      expect({ route, has4xx: codes.some((code) => code.length > 0) }).toEqual({ route, has4xx: true });
      expect(operation.description).toContain('**Error codes**');
      for (const code of codes) expect(operation.description).toContain(`\`${code}\``);
      const listed: string[] = [];
      for (const [status, response] of Object.entries(operation.responses)) {
        const problem = response.content?.['application/problem+json'];
        if (!problem) continue;
        const examples = Object.values(problem.examples ?? {}).map((ref) => doc.components.examples[ref.$ref.split('/').pop()!].value);
        expect(examples.length).toBeGreaterThan(0);
        for (const example of examples) expect({ route, status: String(example.status) }).toEqual({ route, status });
        listed.push(...examples.map((example) => example.code));
      }
      expect({ route, codes: listed.sort() }).toEqual({ route, codes: [...codes].sort() });
      if (method === 'post') expect(listed).toContain('idempotency.key_reused');
    }
    // Not one shared example under every status (the old 409 contact.duplicate under 401 and 503).
    const contactCreate = doc.paths['/api/v1/crm/contacts'].post.responses;
    expect(Object.keys(contactCreate['401'].content!['application/problem+json'].examples!)).toEqual(['auth.unauthenticated']);
    expect(Object.keys(contactCreate['503'].content!['application/problem+json'].examples!)).toEqual(['dependency.unavailable']);
    expect(Object.keys(contactCreate['409'].content!['application/problem+json'].examples!)).toContain('contact.duplicate');
  });

  it('documents the rate limit on every API-key and provider-webhook operation, and on no other', () => {
    const limitedRoutes: string[] = [];
    for (const { route, path, operation } of operations) {
      const responses = Object.entries(operation.responses);
      const limited = responses.some(([, response]) => response.headers?.['RateLimit-Limit']);
      if (!limited) {
        expect({ route, codes: operation['x-error-codes'] }).not.toEqual({ route, codes: expect.arrayContaining(['rate_limit.exceeded']) });
        continue;
      }
      limitedRoutes.push(route);
      expect({ route, codes: operation['x-error-codes'] }).toEqual({ route, codes: expect.arrayContaining(['rate_limit.exceeded']) });
      for (const [status, response] of responses) {
        expect({ route, status, headers: Object.keys(response.headers ?? {}) })
          .toEqual({ route, status, headers: expect.arrayContaining(['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset']) });
      }
      expect(operation.responses['429'].headers).toMatchObject({ 'Retry-After': { $ref: '#/components/headers/Retry-After' } });
      expect(operation.description).toMatch(path.includes('webhook') ? /WEBHOOK_RATE_LIMIT_PER_MINUTE/ : /RATE_LIMIT_PER_MINUTE/);
    }
    expect(doc.components.headers['Retry-After']).toMatchObject({ required: true, schema: { type: 'string', pattern: '^[0-9]+$' } });
    const unlimited = operations.map((o) => o.route).filter((route) => !limitedRoutes.includes(route));
    expect(unlimited.sort()).toEqual([
      'GET /api/v1/admin/tenants', 'GET /health/live', 'GET /health/ready', 'GET /metrics', 'POST /api/v1/admin/tenants',
    ]);
    expect(limitedRoutes).toEqual(expect.arrayContaining([
      'GET /api/v1/webhooks/zadarma/{tenant_id}', 'POST /api/v1/webhooks/twilio/{tenant_id}/status', 'POST /api/v1/manychat/webhook/contact',
    ]));
  });

  it('serves Swagger UI at /docs', async () => {
    const response = await app.http().get('/docs').expect(200);
    expect(response.text).toContain('swagger-ui');
  });
});
