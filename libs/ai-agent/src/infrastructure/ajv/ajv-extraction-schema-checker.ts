import { Injectable } from '@nestjs/common';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ExtractionSchemaChecker, JsonObject } from '../../domain/index.js';

/**
 * JSON Schema (draft 2020-12, the dialect OpenAI's structured outputs speak) checked by ajv, the
 * kept validator: the schema must match the meta-schema and compile in strict mode (an unknown
 * keyword, a bad regex or an unresolvable `$ref` is refused now rather than when a call ends).
 * One ajv per check: agents are written rarely, and a shared instance would cache every schema
 * ever written (and refuse a second one with the same `$id`).
 */
@Injectable()
export class AjvExtractionSchemaChecker implements ExtractionSchemaChecker {
  problems(schema: JsonObject): string[] {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: false });
    if (!ajv.validateSchema(schema)) {
      return (ajv.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
    }
    try {
      ajv.compile(schema);
      return [];
    } catch (error) {
      return [error instanceof Error ? error.message : String(error)];
    }
  }
}
