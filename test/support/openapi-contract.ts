import { afterAll, afterEach } from '@jest/globals';
import type { ClientRequest } from 'node:http';
import { dereference } from '@apidevtools/json-schema-ref-parser';
import chowChow from 'oas3-chow-chow';
import type request from 'supertest';
import type { Response } from 'supertest';

const ChowChow = chowChow.default;
type ChowChow = InstanceType<typeof ChowChow>;
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** Swagger UI and the queue dashboard: HTML for people, not operations of the API. */
const PAGES_FOR_PEOPLE = /^\/(docs(-json)?|admin\/queues)(\/|$)/;
// oas3-chow-chow gives every schema its own Ajv. Our schemas are already linted (Redocly), so Ajv
// neither checks them against the meta-schema nor optimises the generated code: compiling an
// operation gets about seven times cheaper, which matters because it happens inside the tests.
const QUIET = { strict: false, validateSchema: false, addUsedSchema: false, code: { optimize: false } } as const;
const OPTIONS = {
  headerAjvOptions: QUIET, cookieAjvOptions: QUIET, pathAjvOptions: { ...QUIET, coerceTypes: true },
  queryAjvOptions: { ...QUIET, coerceTypes: 'array' as const }, requestBodyAjvOptions: QUIET, responseBodyAjvOptions: QUIET,
};

interface Route {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly literals: number;
  readonly operationId: string;
}

interface OpenApi {
  paths: Record<string, Record<string, { operationId: string; parameters?: { name: string; in: string }[] }>>;
  components: { schemas: Record<string, object> };
}

/** Checks of answers already received, run after each test (and after the last one) of the file. */
const pending: Array<() => void> = [];

function settle(): void {
  const failures: string[] = [];
  for (const check of pending.splice(0)) {
    try {
      check();
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  if (failures.length > 0) throw new Error([...new Set(failures)].join('\n'));
}

afterEach(settle);
afterAll(settle);

/**
 * Every request the e2e tests send through `app.http()` and every answer they get is checked against
 * the OpenAPI document the app serves (/docs-json), so a change that makes the document wrong fails
 * the test that exercised it:
 * - every answer: its status is documented for the operation, its content type too, and its body and
 *   headers match that response's schema (problem+json answers included, so an undocumented error
 *   code fails);
 * - every request the API accepted (2xx): its path, query, headers and body match the operation's
 *   parameters and request body, so the document never refuses what the API takes.
 * Requests the API refused are not checked: sending bad input is what those tests do.
 */
export class OpenApiContract {
  private readonly compiled = new Map<string, ChowChow>();
  private anyProblem?: ChowChow;

  private constructor(
    private readonly document: OpenApi,
    private readonly routes: readonly Route[],
  ) {}

  /** Reads the served document once per app; operations are compiled when a test first calls them. */
  static async served(client: ReturnType<typeof request>): Promise<OpenApiContract> {
    const response = await client.get('/docs-json');
    if (response.status !== 200) throw new Error(`GET /docs-json answered ${response.status}`);
    return OpenApiContract.of(response.body as object);
  }

  static async of(served: object): Promise<OpenApiContract> {
    const document = await dereference(structuredClone(served), {
      resolve: { external: false },
      dereference: { circular: false },
    }) as OpenApi;
    const routes = Object.entries(document.paths).flatMap(([template, item]) =>
      Object.entries(item).filter(([method]) => METHODS.has(method)).map(([method, operation]) => ({
        method: method.toUpperCase(),
        template,
        // Templates are letters, digits, -, _ and {name}: no other character needs escaping.
        pattern: new RegExp(`^${template.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
        literals: template.split('/').filter((segment) => segment && !segment.startsWith('{')).length,
        operationId: operation.operationId,
      })));
    return new OpenApiContract(document, routes);
  }

  /** The supertest client, with every request it makes checked when its answer arrives. */
  enforce<T extends ReturnType<typeof request>>(client: T): T {
    return this.watch(client, (response) => this.check(response));
  }

  /**
   * The supertest client, with every answer checked after the test that got it (in afterEach, so a
   * mismatch still fails that test). Checking compiles the operation's validators on first use,
   * which must not count in tests that time requests (the property-based tier's "under 2 s").
   */
  enforceAfterEach<T extends ReturnType<typeof request>>(client: T): T {
    return this.watch(client, (response) => {
      pending.push(() => this.check(response));
    });
  }

  private watch<T extends ReturnType<typeof request>>(client: T, onAnswer: (response: Response) => void): T {
    return new Proxy(client, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function' || !METHODS.has(String(property))) return value;
        return (...args: unknown[]) => (value as (...a: unknown[]) => request.Test).apply(target, args).expect(onAnswer);
      },
    });
  }

  check(response: Response): void {
    const sent = (response as unknown as { req: ClientRequest }).req;
    const url = new URL(sent.path, 'http://leadline.test');
    const where = `${sent.method} ${url.pathname} → ${response.status}`;
    if (PAGES_FOR_PEOPLE.test(url.pathname)) return;
    const route = this.route(sent.method, url.pathname);
    if (!route) {
      // No operation: an unknown or undecodable path, which must still answer a problem.
      if (response.status >= 400 && response.status < 500) return this.checkProblem(response, where);
      throw new Error(`OpenAPI contract: ${where}, but the document has no such operation`);
    }
    const validator = this.validator(route);
    try {
      validator.validateResponseByOperationId(route.operationId, {
        status: response.status,
        header: response.headers as Record<string, string>,
        body: answeredBody(response),
      });
    } catch (error) {
      throw new Error(`OpenAPI contract: ${where}: the answer does not match the document: ${explain(error)}`);
    }
    if (response.status >= 300) return;
    const query = Object.fromEntries([...new Set(url.searchParams.keys())].map((name) => {
      const values = url.searchParams.getAll(name);
      return [name, values.length === 1 ? values[0] : values];
    }));
    const header = Object.fromEntries(Object.entries(sent.getHeaders()).map(([name, value]) => [name, String(value)]));
    try {
      validator.validateRequestByOperationId(route.operationId, {
        path: route.pattern.exec(url.pathname)!.groups ?? {},
        query,
        header,
        body: sentBody(response, header['content-type']),
      });
    } catch (error) {
      throw new Error(`OpenAPI contract: ${where}: the API accepted a request the document says is invalid: ${explain(error)}`);
    }
  }

  private checkProblem(response: Response, where: string): void {
    const { components } = this.document;
    this.anyProblem ??= new ChowChow({
      openapi: '3.0.0',
      info: { title: 'any problem', version: '1' },
      paths: {
        '/': {
          get: {
            operationId: 'anyProblem',
            responses: {
              default: {
                description: 'A problem',
                headers: { 'X-Request-Id': { required: true, schema: { type: 'string' } } },
                content: { 'application/problem+json': { schema: components.schemas.Problem } },
              },
            },
          },
        },
      },
    } as never, OPTIONS);
    try {
      this.anyProblem.validateResponseByOperationId('anyProblem', {
        status: response.status,
        header: response.headers as Record<string, string>,
        body: response.body,
      });
    } catch (error) {
      throw new Error(`OpenAPI contract: ${where}: not a problem+json answer: ${explain(error)}`);
    }
  }

  /** The most specific template: /calls/initiate before /calls/{id}, as Express routes them. */
  private route(method: string, path: string): Route | undefined {
    return this.routes
      .filter((route) => route.method === method && route.pattern.test(path))
      .sort((a, b) => b.literals - a.literals)[0];
  }

  private validator(route: Route): ChowChow {
    let validator = this.compiled.get(route.operationId);
    if (!validator) {
      const operation = this.document.paths[route.template][route.method.toLowerCase()];
      validator = new ChowChow({ ...this.document, paths: { [route.template]: { [route.method.toLowerCase()]: operation } } } as never, OPTIONS);
      this.compiled.set(route.operationId, validator);
    }
    return validator;
  }
}

function answeredBody(response: Response): unknown {
  const type = response.headers['content-type'] ?? '';
  if (/json/.test(type)) return response.body;
  if (type.startsWith('text/')) return response.text;
  return ''; // binary (audio): only its status, content type and headers can be checked
}

function sentBody(response: Response, contentType: string | undefined): unknown {
  const data = (response as unknown as { request: { _data?: unknown } }).request._data;
  if (data === undefined || data === null) return undefined;
  const type = contentType ?? '';
  if (typeof data === 'string' && /json/.test(type)) return JSON.parse(data);
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const form = typeof data === 'string' ? new URLSearchParams(data) : new URLSearchParams(data as Record<string, string>);
    return Object.fromEntries([...new Set(form.keys())].map((name) => {
      const values = form.getAll(name);
      return [name, values.length === 1 ? values[0] : values];
    }));
  }
  if (Buffer.isBuffer(data)) return data.toString('latin1');
  return data;
}

function explain(error: unknown): string {
  const { message, meta } = error as { message?: string; meta?: { in?: string; rawErrors?: unknown } };
  return `${message ?? String(error)}${meta ? ` (${meta.in}): ${JSON.stringify(meta.rawErrors ?? '')}` : ''}`;
}
