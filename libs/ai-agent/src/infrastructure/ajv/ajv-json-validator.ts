import { Injectable } from '@nestjs/common';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/** Compiled schemas kept, by their JSON text: an agent's schema is compiled once per process, not per call. */
const CACHE_SIZE = 200;

/**
 * Whether a value fits a JSON Schema (ajv, draft 2020-12, as the extraction schemas are written):
 * what a model answered (structured output, JSON mode, tool-call arguments) is checked here before
 * anything is applied, whatever the server promised. Answers the problems, empty when it fits.
 */
@Injectable()
export class AjvJsonValidator {
  private readonly ajv = new Ajv2020({ strict: false, allowUnionTypes: true, allErrors: true, validateFormats: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  problems(schema: Readonly<Record<string, unknown>>, value: unknown): string[] {
    const validate = this.compile(schema);
    if (validate(value)) return [];
    return (validate.errors ?? []).slice(0, 10).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
  }

  private compile(schema: Readonly<Record<string, unknown>>): ValidateFunction {
    const key = JSON.stringify(schema);
    const known = this.compiled.get(key);
    if (known) return known;
    // `$id`s would make a second schema with the same id a conflict in the shared instance: they are not needed here.
    const { $id: _id, ...anonymous } = schema;
    const validate = this.ajv.compile(anonymous);
    if (this.compiled.size >= CACHE_SIZE) this.compiled.delete(this.compiled.keys().next().value!);
    this.compiled.set(key, validate);
    return validate;
  }
}
