import { RENDERED_LENGTH_LIMITS } from './channels.js';
import { MissingVariablesError, TemplateTooLongError } from './errors.js';
import type { TemplateEngine, VariableUse } from './ports.js';
import { variableUses, type TemplateState } from './template.js';

/** A lead's values by variable name (contract §9's render context), plus a designer's sample values. */
export type RenderValues = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface RenderOutcome {
  /** Nothing missing and the text within the channel's limit: this is what a send would send. */
  readonly ok: boolean;
  readonly subject: string | null;
  /** Null while a variable is missing: a text with a hole in it is never produced. */
  readonly rendered: string | null;
  /** Every variable that took a default, inline or from the template's `defaults`. */
  readonly usedDefaults: readonly string[];
  readonly missing: readonly string[];
  readonly length: number | null;
  readonly limit: number;
}

/** Missing, null, an empty string or only white space: a value that would leave a hole. */
export function isBlank(value: RenderValues[string]): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Renders a template for one lead (contract §9). A variable with no value takes its inline
 * `default` (when every tag using it has one), else the template's `defaults` entry; with neither
 * it is missing, and nothing is rendered.
 */
export function renderTemplate(template: TemplateState, values: RenderValues, engine: TemplateEngine): RenderOutcome {
  const limit = RENDERED_LENGTH_LIMITS[template.channel];
  const uses = variableUses(template, engine);
  const scope: Record<string, string | number | boolean | null> = {};
  const usedDefaults: string[] = [];
  const missing: string[] = [];
  for (const variable of new Set(uses.map((use) => use.variable))) {
    const value = values[variable];
    if (!isBlank(value)) {
      scope[variable] = value!;
    } else if (template.defaults[variable] !== undefined) {
      scope[variable] = template.defaults[variable]!;
      usedDefaults.push(variable);
    } else if (everyUseHasDefault(uses, variable)) {
      scope[variable] = null;
      usedDefaults.push(variable);
    } else {
      missing.push(variable);
    }
  }
  if (missing.length > 0) return { ok: false, subject: null, rendered: null, usedDefaults, missing, length: null, limit };
  const subject = template.subject === null ? null : engine.render(template.subject, scope).trim();
  const rendered = engine.render(template.content, scope);
  return { ok: rendered.length <= limit, subject, rendered, usedDefaults, missing, length: rendered.length, limit };
}

/** What a send uses: the rendered text, or the reason nothing may be sent. */
export function renderForSending(template: TemplateState, values: RenderValues, engine: TemplateEngine): { subject: string | null; body: string } {
  const outcome = renderTemplate(template, values, engine);
  if (outcome.missing.length > 0) throw new MissingVariablesError(outcome.missing);
  if (!outcome.ok) throw new TemplateTooLongError(template.channel, outcome.length ?? 0, outcome.limit);
  return { subject: outcome.subject, body: outcome.rendered! };
}

/**
 * The positional parameters of the template's approved WhatsApp template, for a send outside the
 * 24-hour window: each the variable's value, else its default; none may be empty.
 */
export function whatsappParameters(template: TemplateState, values: RenderValues): string[] {
  const parameters = template.whatsapp?.parameters ?? [];
  const missing = parameters.filter((variable) => isBlank(values[variable]) && template.defaults[variable] === undefined);
  if (missing.length > 0) throw new MissingVariablesError([...new Set(missing)]);
  return parameters.map((variable) => (isBlank(values[variable]) ? template.defaults[variable]! : String(values[variable])));
}

function everyUseHasDefault(uses: readonly VariableUse[], variable: string): boolean {
  return uses.filter((use) => use.variable === variable).every((use) => use.literalDefault);
}
