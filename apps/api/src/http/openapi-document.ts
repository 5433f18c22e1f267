import type { INestApplication, Type } from '@nestjs/common';
import {
  DocumentBuilder, SwaggerModule, type HeaderObject, type OpenAPIObject, type OperationObject, type ReferenceObject, type ResponseObject, type SchemaObject,
} from '@nestjs/swagger';
import { PlatformErrorCodes } from '@leadline/platform';
import { CommonErrorCodes } from '@leadline/shared-kernel';
import { accessOf, type Access } from './auth.js';
import { HttpErrorCodes, STATUS_BY_CODE, TITLES, type ErrorCode } from './error-codes.js';
import { declaredProblems, EXTRA_MODELS } from './openapi.js';
import { PROBLEM_EXAMPLES } from './problem-examples.js';
import { webhookProviderOf } from './rate-limit/rate-limit.guard.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
type Method = (typeof METHODS)[number];

const EXAMPLE_REQUEST_ID = '0193a8f2-7e4f-7d5c-9a60-5d3e6f7a8b9c';

const DESCRIPTION = `Multi-tenant CRM backend: contacts, pipelines, opportunities and their stage, calls and first-call
attempts, ManyChat ingestion, campaigns, provider connections and an Odoo mirror.

- **Authentication**: a tenant API key in \`X-API-Key\` or \`Authorization: Bearer\`, with a role
  (\`admin\`, \`agent\`, \`viewer\`: viewers only read). The operator's \`X-Admin-Key\` creates tenants.
  Health, metrics and the provider webhooks (signed by the provider) take no credentials. Each
  operation says who may call it.
- **Errors** are \`application/problem+json\` (RFC 9457) with a stable \`code\`; each operation lists
  the codes it can answer, with an example of each.
- **Writes**: every POST takes \`Idempotency-Key\`. Resources with a \`version\` answer
  \`ETag: "<version>"\`; send it back as \`If-Match\` where documented to refuse stale writes (409).
- **Lists** take \`limit\` (1–200, default 50) and \`cursor\` and answer \`{data, next_cursor}\`.
- **Rate limits**: each API key may make the server's \`RATE_LIMIT_PER_MINUTE\` requests (600 unless
  configured) in any minute, shared by every API process; a provider's webhooks count per tenant and
  provider against \`WEBHOOK_RATE_LIMIT_PER_MINUTE\` (6000), never against an API key. Limited answers
  carry \`RateLimit-Limit\`, \`RateLimit-Remaining\` and \`RateLimit-Reset\`; over the limit the answer is
  429 \`rate_limit.exceeded\` with \`Retry-After\` (seconds).`;

const PROBLEM: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details. Extension members (`existing_id`, `provider_code`, …) depend on the code: see each example.',
  required: ['type', 'title', 'status', 'code', 'detail', 'request_id'],
  properties: {
    type: { type: 'string', description: '`urn:leadline:problem:` and the code', example: 'urn:leadline:problem:contact.duplicate' },
    title: { type: 'string', description: 'The HTTP status phrase', example: 'Conflict' },
    status: { type: 'integer', example: 409 },
    code: { type: 'string', description: 'The stable error code', example: 'contact.duplicate' },
    detail: { type: 'string', description: 'What went wrong, for people', example: 'A contact with this phone already exists' },
    errors: { type: 'array', description: 'One entry per invalid field (400 only)', items: { $ref: '#/components/schemas/FieldError' } },
    request_id: { type: 'string', description: 'Also in the X-Request-Id header and every log line of the request', example: EXAMPLE_REQUEST_ID },
  },
  additionalProperties: true,
};

const SCHEMAS: Record<string, SchemaObject> = {
  Problem: PROBLEM,
  FieldError: {
    type: 'object',
    required: ['field', 'message'],
    properties: {
      field: { type: 'string', example: 'phone' },
      message: { type: 'string', example: 'phone is not a valid phone number' },
    },
  },
  FieldChangeView: {
    type: 'object',
    description: 'A field\'s value before and after the change (null when it had none)',
    required: ['from', 'to'],
    properties: {
      from: { description: 'Any JSON value, null included', example: 'agent_initial' },
      to: { description: 'Any JSON value, null included', example: 'perfilamiento' },
    },
  },
};

const REQUEST_ID_HEADER: HeaderObject = {
  description: 'The request id: the caller\'s X-Request-Id, or one generated for this request',
  required: true,
  schema: { type: 'string' },
};

/**
 * The served OpenAPI document: what @nestjs/swagger reads from the decorators, completed with what
 * the HTTP edge does to every operation, derived from the same code the edge runs: security from
 * the access markings the guard enforces, error responses from the one error-code map (each code
 * with its example), the headers every answer carries, and closed schemas (unknown fields are 400).
 */
export function createOpenApiDocument(app: INestApplication, controllers: readonly Type[]): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Leadline API')
      .setDescription(DESCRIPTION)
      .setVersion('1')
      .setLicense('MIT', 'https://opensource.org/licenses/MIT')
      .addServer('/', 'The server that serves this document')
      .addApiKey({
        type: 'apiKey', name: 'X-API-Key', in: 'header',
        description: 'A tenant API key (`ll_…`). The tenant\'s first admin key comes with `POST /api/v1/admin/tenants`; ' +
          'admins issue more with `POST /api/v1/api-keys`. Roles: `admin` (everything), `agent` (reads and writes), ' +
          '`viewer` (reads only).',
      }, 'api-key')
      .addBearerAuth({
        type: 'http', scheme: 'bearer',
        description: 'The same tenant API key, sent as `Authorization: Bearer ll_…`.',
      }, 'bearer')
      .addApiKey({
        type: 'apiKey', name: 'X-Admin-Key', in: 'header',
        description: 'The platform operator\'s key, the server\'s `PLATFORM_ADMIN_KEY`: only for `/api/v1/admin/*`.',
      }, 'admin-key')
      .addGlobalParameters({
        name: 'X-Request-Id',
        in: 'header',
        required: false,
        // Any value is accepted: one that is not a usable id is replaced, never refused.
        description: 'Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; ' +
          'otherwise, or when absent, a generated id is used instead',
        schema: { type: 'string' },
      })
      .build(),
    { extraModels: EXTRA_MODELS },
  );
  delete (document.info as { contact?: unknown }).contact;
  Object.assign(document.components!.schemas!, SCHEMAS);
  document.components!.headers = { ...document.components!.headers, ...RATE_LIMIT_HEADERS };

  const handlers = handlersByOperationId(controllers);
  const answered = new Set<ErrorCode>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const handler = handlers.get(operation.operationId!);
      if (!handler) throw new Error(`OpenAPI: no handler for operation ${operation.operationId}`);
      const access = accessOf(handler.controller, handler.method);
      const provider = webhookProviderOf(handler.controller, handler.method);
      if (!provider && path.startsWith('/api/v1/webhooks/')) {
        throw new Error(`OpenAPI: ${operation.operationId} is a provider webhook without @ProviderWebhook('<provider>'), so no rate limit would apply`);
      }
      const limited = provider !== undefined || access.kind === 'api-key';
      describeAccess(operation, method, access);
      if (method === 'post') describeIdempotency(operation);
      describeVersions(operation, method, document.components!.schemas!);
      const codes = problemCodes(method, access, handler.method, limited);
      describeProblems(operation, codes);
      for (const code of codes) answered.add(code);
      if (limited) describeRateLimit(operation, provider);
      for (const response of Object.values(operation.responses) as ResponseObject[]) {
        response.headers = { 'X-Request-Id': REQUEST_ID_HEADER, ...response.headers };
      }
    }
  }
  // One example per error code, referenced by every operation that can answer it.
  document.components!.examples = Object.fromEntries(
    [...answered].sort().map((code) => [code, { summary: code, value: problemExample(code) }]),
  );
  for (const schema of Object.values(document.components!.schemas!)) closeSchema(schema);
  return document;
}

function handlersByOperationId(controllers: readonly Type[]) {
  const handlers = new Map<string, { controller: Type; method: object }>();
  for (const controller of controllers) {
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      if (name === 'constructor') continue;
      handlers.set(`${controller.name}_${name}`, { controller, method: controller.prototype[name] as object });
    }
  }
  return handlers;
}

const SECURITY: Record<Access['kind'], Record<string, string[]>[]> = {
  public: [],
  'platform-admin': [{ 'admin-key': [] }],
  'api-key': [{ 'api-key': [] }, { bearer: [] }],
};

function describeAccess(operation: OperationObject, method: Method, access: Access): void {
  operation.security = SECURITY[access.kind];
  const who = access.kind === 'public' ? 'no credentials.'
    : access.kind === 'platform-admin' ? "the operator's `X-Admin-Key`."
    : access.roles?.length ? `an API key with role ${access.roles.map((role) => `\`${role}\``).join(' or ')}.`
    : method === 'get' ? 'any API key (`admin`, `agent` or `viewer`).'
    : 'an API key with role `admin` or `agent` (viewers only read).';
  addDescription(operation, `**Access**: ${who}`);
}

function describeIdempotency(operation: OperationObject): void {
  operation.parameters = [...(operation.parameters ?? []), {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: 'Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). ' +
      'Same key with another body, or while the first request still runs: 409.',
    schema: { type: 'string', minLength: 1, maxLength: 255 },
  }];
  for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
    if (!status.startsWith('2')) continue;
    response.headers = {
      ...response.headers,
      'Idempotent-Replayed': { description: '`true` when this is the replayed answer of an earlier request with the same Idempotency-Key', schema: { type: 'string', enum: ['true'] } },
    };
  }
}

const ETAG_HEADER: HeaderObject = {
  description: 'The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes',
  required: true,
  schema: { type: 'string', pattern: '^"[0-9]+"$', example: '"3"' },
};

/**
 * A resource with a `version` answers `ETag: "<version>"` (VersionETagInterceptor), and a GET of it
 * answers 304 when If-None-Match names the current version (Express's conditional GET).
 */
function describeVersions(operation: OperationObject, method: Method, schemas: Record<string, SchemaObject | ReferenceObject>): void {
  let versioned = false;
  for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
    const ref = (response.content?.['application/json']?.schema as ReferenceObject | undefined)?.$ref;
    const schema = ref ? schemas[ref.split('/').pop()!] as SchemaObject | undefined : undefined;
    if (!status.startsWith('2') || !schema?.properties?.version) continue;
    versioned = true;
    response.headers = { ...response.headers, ETag: ETAG_HEADER };
  }
  if (!versioned || method !== 'get') return;
  operation.parameters = [...(operation.parameters ?? []), {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: 'The ETag you hold: when it is still the current version the answer is 304 with no body',
    schema: { type: 'string', example: '"3"' },
  }];
  operation.responses['304'] = { description: 'Not modified: If-None-Match names the current version', headers: { ETag: ETAG_HEADER } };
}

const SECONDS = { type: 'string', pattern: '^[0-9]+$' } as const;

/** Shared by every limited operation's answers, referenced rather than repeated. */
const RATE_LIMIT_HEADERS: Record<string, HeaderObject> = {
  'RateLimit-Limit': { description: 'Requests allowed in any minute for this API key (or this tenant\'s webhooks of this provider)', schema: { ...SECONDS, example: '600' } },
  'RateLimit-Remaining': { description: 'Requests left now, after this one', schema: { ...SECONDS, example: '599' } },
  'RateLimit-Reset': { description: 'Seconds until the current one-minute window ends, after which its requests start to count less', schema: { ...SECONDS, example: '42' } },
  'Retry-After': { description: 'Seconds to wait before one more request will be admitted', required: true, schema: { ...SECONDS, example: '7' } },
};
const headerRef = (name: string): ReferenceObject => ({ $ref: `#/components/headers/${name}` });

/**
 * Every answer the limiter saw carries the RateLimit-* headers (absent on answers refused before it,
 * such as 401, and while Redis is down and requests go through unlimited); 429 carries Retry-After.
 */
function describeRateLimit(operation: OperationObject, provider: string | undefined): void {
  for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
    response.headers = {
      ...response.headers,
      'RateLimit-Limit': headerRef('RateLimit-Limit'),
      'RateLimit-Remaining': headerRef('RateLimit-Remaining'),
      'RateLimit-Reset': headerRef('RateLimit-Reset'),
      ...(status === '429' ? { 'Retry-After': headerRef('Retry-After') } : {}),
    };
  }
  addDescription(operation, provider
    ? `**Rate limit**: ${provider} webhooks count per tenant against \`WEBHOOK_RATE_LIMIT_PER_MINUTE\`, not against any API key.`
    : '**Rate limit**: counts against the API key\'s `RATE_LIMIT_PER_MINUTE`.');
}

/** The codes every operation of this kind answers, plus those it declares with @ApiProblems. */
function problemCodes(method: Method, access: Access, handler: object, limited: boolean): ErrorCode[] {
  const declared = declaredProblems(handler);
  // Every route parses a body sent to it (JsonBodyMiddleware) and refuses text PostgreSQL cannot
  // store in its body or query (StorableTextMiddleware), so every route can answer these.
  const codes = new Set<ErrorCode>([
    CommonErrorCodes.validation, HttpErrorCodes.malformedJson, HttpErrorCodes.payloadTooLarge, HttpErrorCodes.unsupportedMediaType,
  ]);
  if (access.kind !== 'public') codes.add(PlatformErrorCodes.unauthenticated);
  if (access.kind === 'api-key' && (method !== 'get' || access.roles?.length)) codes.add(PlatformErrorCodes.forbidden);
  if (method === 'post') {
    codes.add(HttpErrorCodes.idempotencyKeyReused);
    codes.add(HttpErrorCodes.idempotencyInProgress);
  }
  if (limited) codes.add(HttpErrorCodes.rateLimitExceeded);
  for (const code of declared.codes) codes.add(code);
  if (declared.dependencies) codes.add(HttpErrorCodes.dependencyUnavailable);
  return [...codes];
}

function describeProblems(operation: OperationObject, codes: ErrorCode[]): void {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(STATUS_BY_CODE[code], [...(byStatus.get(STATUS_BY_CODE[code]) ?? []), code]);
  for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) {
    if (operation.responses[status]) throw new Error(`OpenAPI: ${operation.operationId} documents ${status} itself and answers problem codes with it`);
    operation.responses[status] = {
      description: `${TITLES[status]}: ${group.map((code) => `\`${code}\``).join(', ')}`,
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/Problem' },
              { type: 'object', properties: { status: { type: 'integer', enum: [status] }, code: { type: 'string', enum: group } } },
            ],
          },
          examples: Object.fromEntries(group.map((code) => [code, { $ref: `#/components/examples/${code}` }])),
        },
      },
    };
  }
  const list = [...byStatus].sort(([a], [b]) => a - b)
    .flatMap(([status, group]) => group.map((code) => `\`${code}\` (${status})`)).join(', ');
  addDescription(operation, `**Error codes**: ${list}.`);
  (operation as OperationObject & { 'x-error-codes': ErrorCode[] })['x-error-codes'] = codes;
}

export function problemExample(code: ErrorCode) {
  const status = STATUS_BY_CODE[code];
  const example = PROBLEM_EXAMPLES[code];
  return {
    type: `urn:leadline:problem:${code}`,
    title: TITLES[status],
    status,
    code,
    detail: example.detail,
    ...(example.errors ? { errors: example.errors } : {}),
    ...example.extensions,
    request_id: EXAMPLE_REQUEST_ID,
  };
}

function addDescription(operation: OperationObject, paragraph: string): void {
  operation.description = operation.description ? `${operation.description}\n\n${paragraph}` : paragraph;
}

/**
 * Object schemas list every field: request bodies because the API refuses unknown fields (400),
 * responses so that a field the code adds without documenting it fails the tests. A nullable enum
 * lists null, as JSON Schema validators and generated clients need.
 */
function closeSchema(schema: SchemaObject | ReferenceObject): void {
  if ('$ref' in schema) return;
  if (schema.properties) {
    schema.additionalProperties ??= false;
    for (const property of Object.values(schema.properties)) closeSchema(property);
  }
  if (schema.items) closeSchema(schema.items);
  if (schema.nullable && schema.enum && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
}
