import fc from 'fast-check';

/**
 * fast-check arbitraries for the requests an OpenAPI 3 document describes: values that follow each
 * schema, mixed with hostile ones (text PostgreSQL cannot store, numbers out of every range and in
 * exponent notation, prototype-named and unknown keys, wrong types, nulls), so the property-based
 * tier reaches both the handlers and every refusal on the way. No maintained library maps OpenAPI
 * 3 / JSON Schema to fast-check 4 (json-schema-fast-check targets fast-check 1), hence this file.
 */

export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  example?: unknown;
};

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  security?: Array<Record<string, unknown>>;
}

/** Text and numbers each of which once answered 500 somewhere, and other classics. */
export const HOSTILE_STRINGS = [
  '', ' ', '   ', '\u0000', 'a\u0000b', '\ud800', '\udc00x', '\ude00\ud83d', '%ZZ', '%00', '../../etc/passwd',
  "'; drop table contacts; --", '{{cuf_1}}', '<script>alert(1)</script>', 'x'.repeat(5000), 'ñandú Hernández',
  '\u202e\u0301', 'null', 'true', '0', '-1', '1e309', 'NaN', '__proto__', 'constructor', '2024-02-30T25:61:00Z',
];
export const HOSTILE_NUMBERS = [
  -1, 0, 1e-7, 0.001, 12.345, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, Number.MAX_SAFE_INTEGER, 7.5, -0.5,
];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

export class RequestArbitraries {
  constructor(private readonly document: OpenApiDocument) {}

  private resolve(schema: Schema | undefined): Schema {
    let current = schema ?? {};
    for (let hops = 0; current.$ref && hops < 20; hops++) {
      current = this.document.components?.schemas?.[current.$ref.replace('#/components/schemas/', '')] ?? {};
    }
    return current;
  }

  /** A value of the schema, now and then replaced by a hostile one, at any depth. */
  value(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
    // The document's own example, where it has one, gets requests past validation to the handlers.
    const example = this.resolve(schema).example ?? schema?.example;
    return fc.oneof(
      ...(example === undefined ? [] : [{ weight: 20, arbitrary: fc.constant(example) }]),
      { weight: 20, arbitrary: this.valid(schema, depth) },
      { weight: 1, arbitrary: hostileValue() },
    );
  }

  private valid(raw: Schema | undefined, depth: number): fc.Arbitrary<unknown> {
    const schema = this.resolve(raw);
    const composed = schema.allOf ?? schema.oneOf ?? schema.anyOf;
    if (composed?.length) {
      if (schema.allOf) return this.valid(Object.assign({}, ...schema.allOf.map((part) => this.resolve(part))), depth);
      return fc.oneof(...composed.map((part) => this.valid(part, depth)));
    }
    const base = this.typed(schema, depth);
    return schema.nullable ? fc.option(base, { nil: null, freq: 8 }) : base;
  }

  private typed(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined)) {
      case 'string': return this.string(schema);
      case 'integer': return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1_000_000 });
      case 'number': return fc.oneof(
        fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e9, noNaN: true }),
        fc.integer({ min: Math.ceil(schema.minimum ?? 0), max: Math.floor(Math.min(schema.maximum ?? 1e6, 1e6)) }),
      );
      case 'boolean': return fc.boolean();
      case 'array': return depth > 4 ? fc.constant([]) : fc.array(this.value(schema.items, depth + 1), {
        minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
      case 'object': return depth > 4 ? fc.constant({}) : this.object(schema, depth);
      default: return hostileValue();
    }
  }

  private string(schema: Schema): fc.Arbitrary<string> {
    const max = Math.min(schema.maxLength ?? 40, 200);
    switch (schema.format) {
      case 'uuid': return fc.uuid();
      case 'date-time': return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      case 'email': return fc.emailAddress();
      case 'uri': case 'url': return fc.webUrl();
      default: break;
    }
    if (schema.pattern) {
      try {
        return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => text.length <= Math.max(max, 200));
      } catch {
        // A pattern fast-check cannot generate from: plain strings below.
      }
    }
    return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.max(max, schema.minLength ?? 0), unit: 'grapheme' });
  }

  /** The documented properties (required ones always), sometimes an unknown or prototype-named one too. */
  private object(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const properties = schema.properties ?? {};
    const required = new Set(schema.required ?? []);
    const record = fc.record(
      Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, this.value(property, depth + 1)])),
      { requiredKeys: [...required].filter((name) => name in properties) },
    );
    const extra = rarely(fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })), hostileValue()));
    return fc.tuple(record, extra).map(([body, unknown]) => {
      const result = { ...body } as Record<string, unknown>;
      if (unknown) Object.defineProperty(result, unknown[0], { value: unknown[1], enumerable: true, configurable: true, writable: true });
      return result;
    });
  }
}

/** `arbitrary` about one time in `every`, else null. */
export function rarely<T>(arbitrary: fc.Arbitrary<T>, every = 15): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom(...HOSTILE_NUMBERS),
    fc.constantFrom(null, true, false, [], {}, [null], { a: { b: { c: [1] } } }),
    fc.string({ maxLength: 20, unit: 'binary' }),
  );
}

/** Raw bodies no schema describes: broken, deep, or in an encoding this API refuses. */
export const RAW_BODIES: Array<{ contentType: string; body: string | Buffer; encoding?: string }> = [
  { contentType: 'application/json', body: '{"a":' },
  { contentType: 'application/json', body: '['.repeat(10_000) + ']'.repeat(10_000) },
  { contentType: 'application/json', body: '{"x":"\\u0000"}' },
  { contentType: 'application/json', body: '{"x":"\\ud800"}' },
  { contentType: 'application/json', body: '{"__proto__":{"admin":true}}' },
  { contentType: 'application/json', body: '{"a":1}', encoding: 'gzip' },
  { contentType: 'application/json', body: '{"a":1}', encoding: 'br' },
  { contentType: 'application/json; charset=utf-16', body: Buffer.from('{"a":1}', 'utf16le') },
  { contentType: 'text/plain', body: 'hello' },
  { contentType: 'application/x-www-form-urlencoded', body: 'a=%00&b=%ZZ&c=1' },
  { contentType: 'message/rfc822', body: 'Subject: \u0000\r\n\r\nbody' },
];
