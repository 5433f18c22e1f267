import type { CommandContext } from '@leadline/shared-kernel/domain';
import type { AgentType, TemplateChannel } from './channels.js';
import type { TemplatePart } from './errors.js';
import type { Template } from './template.js';

/** One output tag of a template: the variable it starts from, and whether it carries a literal `default`. */
export interface VariableUse {
  readonly variable: string;
  /** `{{ name | default: "amigo" }}`: a non-empty string literal the tag falls back on. */
  readonly literalDefault: boolean;
}

/** The scope a template is rendered with: one value per variable it uses, null where its inline default applies. */
export type RenderScope = Readonly<Record<string, string | number | boolean | null>>;

/**
 * The template language (Liquid's output tags), behind a port so the domain stays free of the
 * engine. `analyse` throws TemplateSyntaxError for text that is not a valid template.
 */
export interface TemplateEngine {
  analyse(text: string, part: TemplatePart): readonly VariableUse[];
  render(text: string, scope: RenderScope): string;
}
export const TEMPLATE_ENGINE = Symbol('TemplateEngine');

export interface TemplateFilter {
  channel?: TemplateChannel;
  agentType?: AgentType;
  /** Part of the name, case- and accent-insensitive. */
  q?: string;
}

export interface TemplateRepository {
  find(tenantId: string, id: string): Promise<Template | null>;
  add(template: Template, context: CommandContext): Promise<void>;
  save(template: Template, context: CommandContext): Promise<void>;
  delete(template: Template, context: CommandContext): Promise<void>;
}
export const TEMPLATE_REPOSITORY = Symbol('TemplateRepository');
