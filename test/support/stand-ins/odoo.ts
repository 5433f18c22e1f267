import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local Odoo 17 speaking the external JSON-RPC protocol at /jsonrpc, faithful to integrations.md
 * §1.9: HTTP 200 with an `error` member for every Odoo error, `false` for a bad login, AccessDenied
 * from execute_kw with a bad key, many2one read as [id, name], `false` for empty values, unknown
 * fields refused with builtins.ValueError, invalid JSON answered with HTTP 400 text. It records every
 * call, so tests can assert what was (never) written, and injects failures for the next N calls.
 */

type Value = unknown;
type Row = Record<string, Value> & { id: number };
type FieldType = 'char' | 'text' | 'html' | 'selection' | 'integer' | 'float' | 'boolean' | 'many2one' | 'many2many' | 'datetime';
interface FieldSpec { type: FieldType; relation?: string; required?: boolean }

export interface RecordedCall {
  readonly service: string;
  readonly method: string;
  /** execute_kw only */
  readonly model?: string;
  readonly operation?: string;
  readonly args: unknown[];
  readonly kwargs?: Record<string, unknown>;
}

export type InjectedFailure =
  | { kind: 'http'; status: number }
  | { kind: 'odoo-error'; name: string; message?: string }
  /** Answers only after `ms` (the call still runs, as a slow Odoo would). */
  | { kind: 'delay'; ms: number }
  /** Runs and answers the call only once `until` settles: a slow Odoo the test decides when to release. */
  | { kind: 'hold'; until: Promise<unknown> }
  /** Closes the connection without running the call. */
  | { kind: 'reset' }
  /** Runs the call, then closes the connection without answering: the client never learns the result. */
  | { kind: 'lose-response' };

interface PendingFailure {
  remaining: number;
  failure: InjectedFailure;
  matches: (call: RecordedCall) => boolean;
}

const MODELS: Record<string, Record<string, FieldSpec>> = {
  'crm.lead': {
    name: { type: 'char', required: true },
    type: { type: 'selection' },
    contact_name: { type: 'char' },
    partner_name: { type: 'char' },
    email_from: { type: 'char' },
    phone: { type: 'char' },
    mobile: { type: 'char' },
    description: { type: 'html' },
    stage_id: { type: 'many2one', relation: 'crm.stage' },
    user_id: { type: 'many2one', relation: 'res.users' },
    team_id: { type: 'many2one', relation: 'crm.team' },
    partner_id: { type: 'many2one', relation: 'res.partner' },
    priority: { type: 'selection' },
    tag_ids: { type: 'many2many', relation: 'crm.tag' },
    source_id: { type: 'many2one', relation: 'utm.source' },
    active: { type: 'boolean' },
    create_date: { type: 'datetime' },
    write_date: { type: 'datetime' },
  },
  'crm.stage': {
    name: { type: 'char', required: true },
    sequence: { type: 'integer' },
    is_won: { type: 'boolean' },
    fold: { type: 'boolean' },
    team_id: { type: 'many2one', relation: 'crm.team' },
  },
  'crm.team': { name: { type: 'char', required: true } },
  'res.users': { name: { type: 'char', required: true }, login: { type: 'char', required: true } },
  'res.partner': { name: { type: 'char', required: true }, email: { type: 'char' }, phone: { type: 'char' }, active: { type: 'boolean' } },
  'crm.tag': { name: { type: 'char', required: true } },
  'utm.source': { name: { type: 'char', required: true } },
};

/** Seed 001's Odoo stages 16–26, after Odoo's own "New" stage. */
export const SEED_001_STAGES: Array<[id: number, name: string, isWon?: boolean]> = [
  [16, 'Recién Suscrito Sin Asignar'],
  [17, 'Recién Suscrito Pendiente AC'],
  [18, 'Retornó en AC'],
  [19, 'Comienza AC'],
  [20, 'Retorno a AE'],
  [21, 'Derivado a AE'],
  [22, 'Comienza AE'],
  [23, 'Terminó AE'],
  [24, 'No Termino AE Derivado AC'],
  [25, 'Comienza Cotización'],
  [26, 'Orden de Venta Confirmada', true],
];

export class OdooStandIn {
  readonly db = 'miasalud';
  readonly username = 'integracion@miasalud.example';
  apiKey = 'odoo-api-key-0123456789';
  readonly uid = 2;
  readonly calls: RecordedCall[] = [];
  readonly tables = new Map<string, Map<number, Row>>();
  private readonly failures: PendingFailure[] = [];
  private readonly nextIds = new Map<string, number>();
  private server?: http.Server;
  url = '';

  constructor(stages: Array<[number, string, boolean?]> = SEED_001_STAGES) {
    for (const model of Object.keys(MODELS)) this.tables.set(model, new Map());
    this.insert('crm.team', { id: 1, name: 'Sales' });
    this.insert('res.users', { id: this.uid, name: 'Integración', login: this.username });
    this.insert('crm.stage', { id: 1, name: 'New', sequence: 0, is_won: false, fold: false, team_id: false });
    for (const [id, name, isWon] of stages) {
      this.insert('crm.stage', { id, name, sequence: id, is_won: isWon ?? false, fold: false, team_id: false });
    }
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `count` calls that match (default: every call) fail this way. */
  failNext(count: number, failure: InjectedFailure, matches: (call: RecordedCall) => boolean = () => true): void {
    this.failures.push({ remaining: count, failure, matches });
  }

  /** Calls of one model and operation, e.g. writes('crm.lead', 'create'). */
  callsTo(model: string, operation?: string): RecordedCall[] {
    return this.calls.filter((call) => call.model === model && (operation === undefined || call.operation === operation));
  }

  leads(): Row[] {
    return [...this.tables.get('crm.lead')!.values()];
  }

  removeStage(id: number): void {
    this.tables.get('crm.stage')!.delete(id);
  }

  private insert(model: string, row: Row): void {
    this.tables.get(model)!.set(row.id, row);
    this.nextIds.set(model, Math.max(this.nextIds.get(model) ?? 1, row.id + 1));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || req.url !== '/jsonrpc') {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
      return;
    }
    let request: { id?: unknown; params?: { service?: string; method?: string; args?: unknown[] } };
    try {
      request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Invalid JSON data');
      return;
    }
    if (typeof request !== 'object' || request === null || typeof request.params !== 'object') {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Invalid JSON-RPC data');
      return;
    }
    const { service = '', method = '', args = [] } = request.params;
    const call: RecordedCall = service === 'object' && method === 'execute_kw'
      ? { service, method, model: String(args[3]), operation: String(args[4]), args: (args[5] as unknown[]) ?? [], kwargs: (args[6] as Record<string, unknown>) ?? {} }
      : { service, method, args: service === 'common' ? args.map((arg, i) => (i === 2 ? '***' : arg)) : args };
    this.calls.push(call);
    const answer = (body: object) => res.writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ jsonrpc: '2.0', id: request.id ?? null, ...body }));

    const failure = this.takeFailure(call);
    if (failure?.kind === 'http') {
      res.writeHead(failure.status, { 'content-type': 'text/html' }).end(`<html><body>${failure.status}</body></html>`);
      return;
    }
    if (failure?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (failure?.kind === 'odoo-error') {
      answer({ error: odooError(failure.name, failure.message ?? `${failure.name.split('.').pop()} (injected)`) });
      return;
    }
    if (failure?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, failure.ms));
    if (failure?.kind === 'hold') await failure.until;

    let outcome: object;
    try {
      outcome = { result: this.dispatch(service, method, args) };
    } catch (error) {
      outcome = { error: error instanceof OdooFault ? odooError(error.odooName, error.message) : odooError('builtins.Exception', String(error)) };
    }
    if (failure?.kind === 'lose-response') {
      req.socket.destroy();
      return;
    }
    if (!res.destroyed) answer(outcome);
  }

  private takeFailure(call: RecordedCall): InjectedFailure | undefined {
    const pending = this.failures.find((candidate) => candidate.remaining > 0 && candidate.matches(call));
    if (!pending) return undefined;
    pending.remaining -= 1;
    return pending.failure;
  }

  private dispatch(service: string, method: string, args: unknown[]): unknown {
    if (service === 'common') {
      if (method === 'version') {
        return { server_version: '17.0', server_version_info: [17, 0, 0, 'final', 0, ''], server_serie: '17.0', protocol_version: 1 };
      }
      if (method === 'login' || method === 'authenticate') {
        const [db, login, password] = args as string[];
        return db === this.db && login === this.username && password === this.apiKey ? this.uid : false;
      }
      throw new OdooFault('builtins.Exception', `Method not found: ${method}`);
    }
    if (service === 'object' && method === 'execute_kw') {
      const [db, uid, password, model, operation, positional = [], kwargs = {}] = args as [
        string, number, string, string, string, unknown[], Record<string, unknown>,
      ];
      if (db !== this.db || uid !== this.uid || password !== this.apiKey) {
        throw new OdooFault('odoo.exceptions.AccessDenied', 'Access Denied');
      }
      return this.executeKw(model, operation, positional, kwargs);
    }
    throw new OdooFault('builtins.Exception', `Method not found: ${service}.${method}`);
  }

  private executeKw(model: string, operation: string, args: unknown[], kwargs: Record<string, unknown>): unknown {
    const fields = MODELS[model];
    const table = this.tables.get(model);
    if (!fields || !table) throw new OdooFault('odoo.exceptions.UserError', `Object ${model} doesn't exist`);
    if (operation.startsWith('_')) {
      throw new OdooFault('odoo.exceptions.AccessError', `Private methods (such as ${operation}) cannot be called remotely.`);
    }
    const context = (kwargs.context ?? {}) as Record<string, unknown>;
    const selectFields = (kwargs.fields ?? args[1]) as string[] | undefined;
    switch (operation) {
      case 'create': {
        const many = Array.isArray(args[0]);
        const ids = (many ? (args[0] as Record<string, Value>[]) : [args[0] as Record<string, Value>])
          .map((values) => this.create(model, values));
        return many ? ids : ids[0];
      }
      case 'write': {
        const [ids, values] = args as [number[], Record<string, Value>];
        for (const id of ids) if (!table.has(id)) throw missing(model, id);
        this.checkFields(model, values);
        for (const id of ids) Object.assign(table.get(id)!, this.normalise(model, values), { write_date: now() });
        return true;
      }
      case 'unlink': {
        for (const id of args[0] as number[]) table.delete(id);
        return true;
      }
      case 'search': {
        const rows = this.search(model, (args[0] ?? []) as unknown[], kwargs, context);
        return rows.map((row) => row.id);
      }
      case 'search_count':
        return this.search(model, (args[0] ?? []) as unknown[], {}, context).length;
      case 'search_read':
        return this.search(model, (args[0] ?? []) as unknown[], kwargs, context).map((row) => this.read(model, row, selectFields));
      case 'read': {
        const ids = args[0] as number[];
        return ids.map((id) => {
          const row = table.get(id);
          if (!row) throw missing(model, id);
          return this.read(model, row, selectFields);
        });
      }
      case 'fields_get':
        return Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, { type: spec.type, string: name, relation: spec.relation, required: !!spec.required }]));
      default:
        throw new OdooFault('builtins.AttributeError', `The method '${operation}' does not exist on the model '${model}'`);
    }
  }

  private create(model: string, values: Record<string, Value>): number {
    this.checkFields(model, values);
    const fields = MODELS[model];
    for (const [name, spec] of Object.entries(fields)) {
      if (spec.required && (values[name] === undefined || values[name] === false || values[name] === '')) {
        throw new OdooFault('odoo.exceptions.ValidationError', `The operation cannot be completed: Missing required value for the field '${name}'`);
      }
    }
    const id = this.nextIds.get(model) ?? 1;
    const row: Row = { id, ...Object.fromEntries(Object.keys(fields).map((name) => [name, false])) };
    if ('active' in fields) row.active = true;
    if (model === 'crm.lead') {
      row.type = 'lead';
      row.user_id = this.uid;
      row.stage_id = this.defaultStage();
      row.create_date = now();
    }
    Object.assign(row, this.normalise(model, values));
    this.insert(model, row);
    return id;
  }

  private checkFields(model: string, values: Record<string, Value>): void {
    for (const name of Object.keys(values)) {
      if (!(name in MODELS[model])) throw new OdooFault('builtins.ValueError', `Invalid field '${name}' on model '${model}'`);
      const spec = MODELS[model][name];
      const value = values[name];
      if (spec.type === 'many2one' && value !== false && value !== null) {
        if (typeof value !== 'number' || !this.tables.get(spec.relation!)!.has(value)) {
          throw new OdooFault('odoo.exceptions.ValidationError', `The operation cannot be completed: ${model}.${name} references a missing ${spec.relation} record`);
        }
      }
    }
  }

  private normalise(_model: string, values: Record<string, Value>): Record<string, Value> {
    return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value ?? false]));
  }

  private defaultStage(): number | false {
    const stages = [...this.tables.get('crm.stage')!.values()]
      .filter((stage) => !stage.fold)
      .sort((a, b) => (a.sequence as number) - (b.sequence as number) || a.id - b.id);
    return stages[0]?.id ?? false;
  }

  private search(model: string, domain: unknown[], kwargs: Record<string, unknown>, context: Record<string, unknown>): Row[] {
    const fields = MODELS[model];
    let rows = [...this.tables.get(model)!.values()].filter((row) => this.matches(model, row, domain));
    const mentionsActive = JSON.stringify(domain).includes('"active"');
    if ('active' in fields && !mentionsActive && context.active_test !== false) rows = rows.filter((row) => row.active);
    rows.sort((a, b) => a.id - b.id);
    const offset = Number(kwargs.offset ?? 0);
    const limit = kwargs.limit === undefined || kwargs.limit === false ? undefined : Number(kwargs.limit);
    return rows.slice(offset, limit === undefined ? undefined : offset + limit);
  }

  /** Prefix-notation domains with '&' (implicit between terms), '|' and '!'. */
  private matches(model: string, row: Row, domain: unknown[]): boolean {
    const terms = [...domain];
    const evaluate = (): boolean => {
      const term = terms.shift();
      if (term === '&') return [evaluate(), evaluate()].every(Boolean);
      if (term === '|') {
        const [a, b] = [evaluate(), evaluate()];
        return a || b;
      }
      if (term === '!') return !evaluate();
      return this.test(model, row, term as [string, string, unknown]);
    };
    let result = true;
    while (terms.length > 0) result = evaluate() && result;
    return result;
  }

  private test(model: string, row: Row, [field, operator, expected]: [string, string, unknown]): boolean {
    if (field !== 'id' && !(field in MODELS[model])) throw new OdooFault('builtins.ValueError', `Invalid field ${model}.${field} in leaf ('${field}', '${operator}', ${JSON.stringify(expected)})`);
    const actual = row[field] ?? false;
    const text = (value: unknown) => (value === false || value === null ? '' : String(value)).toLowerCase();
    switch (operator) {
      case '=': return actual === expected;
      case '!=': return actual !== expected;
      case 'in': return (expected as unknown[]).includes(actual);
      case 'not in': return !(expected as unknown[]).includes(actual);
      case 'ilike': return text(actual).includes(text(expected));
      case 'not ilike': return !text(actual).includes(text(expected));
      case 'like': return String(actual).includes(String(expected));
      case '=ilike': return text(actual) === text(expected);
      case '>': return (actual as number) > (expected as number);
      case '>=': return (actual as number) >= (expected as number);
      case '<': return (actual as number) < (expected as number);
      case '<=': return (actual as number) <= (expected as number);
      default: throw new OdooFault('builtins.ValueError', `Invalid leaf operator ${operator}`);
    }
  }

  private read(model: string, row: Row, only?: string[]): Record<string, Value> {
    const fields = MODELS[model];
    const names = only?.length ? only : Object.keys(fields);
    const result: Record<string, Value> = { id: row.id };
    for (const name of names) {
      if (name === 'id') continue;
      const spec = fields[name];
      if (!spec) throw new OdooFault('builtins.ValueError', `Invalid field '${name}' on model '${model}'`);
      const value = row[name];
      if (spec.type === 'many2one') {
        const target = typeof value === 'number' ? this.tables.get(spec.relation!)!.get(value) : undefined;
        result[name] = target ? [target.id, String(target.name)] : false;
      } else if (spec.type === 'many2many') {
        result[name] = Array.isArray(value) ? value : [];
      } else {
        result[name] = value === null || value === undefined || value === '' ? false : value;
      }
    }
    return result;
  }
}

class OdooFault extends Error {
  constructor(readonly odooName: string, message: string) {
    super(message);
  }
}

function missing(model: string, id: number): OdooFault {
  return new OdooFault('odoo.exceptions.MissingError', `Record does not exist or has been deleted.\n(Record: ${model}(${id},), User: 2)`);
}

/** Odoo 16–18's envelope: code 200 (meaningless), the exception serialised into `data`. */
function odooError(name: string, message: string) {
  return {
    code: 200,
    message: 'Odoo Server Error',
    data: { name, message, arguments: [message], context: {}, debug: `Traceback (most recent call last):\n  ...\n${name}: ${message}` },
  };
}

function now(): string {
  return new Date().toISOString().slice(0, 19).replace('T', ' ');
}
