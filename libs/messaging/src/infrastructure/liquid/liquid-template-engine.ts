import { Injectable } from '@nestjs/common';
import { Liquid, LiquidError, Output, TypeGuards, type Template as LiquidTemplate } from 'liquidjs';
import {
  TemplateSyntaxError, VARIABLE_NAME, type RenderScope, type TemplateEngine, type TemplatePart, type VariableUse,
} from '../../domain/index.js';

/**
 * Contract §9's template language through liquidjs, the maintained Liquid engine: never `eval`,
 * never a parser of our own. Only output tags (`{{ name | default: "amigo" }}`) are taken; a
 * `{% tag %}` is refused as a syntax error, which also keeps `include`/`render` (files) out.
 * Variables are flat names of the render context. Strict variables and filters are on: every
 * variable a template uses is put in the scope by the renderer (its value, its default or null
 * for an inline default), so an undefined one can only be a bug and fails loudly instead of
 * rendering "Hola ,". Limits bound the time and memory one render may take.
 */
@Injectable()
export class LiquidTemplateEngine implements TemplateEngine {
  private readonly liquid = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    lenientIf: false,
    parseLimit: 200_000,
    renderLimit: 1_000,
    memoryLimit: 10_000_000,
  });

  analyse(text: string, part: TemplatePart): VariableUse[] {
    const uses: VariableUse[] = [];
    for (const node of this.parse(text, part)) {
      if (TypeGuards.isHTMLToken(node.token)) continue;
      const [line, column] = node.token.getPosition();
      if (!(node instanceof Output)) {
        throw new TemplateSyntaxError(part, 'only output tags such as {{ name }} are allowed, not {% %} tags', line, column);
      }
      const literalDefault = node.value.filters.some((filter) => filter.name === 'default' && isNonEmptyLiteral(filter.args[0]));
      for (const variable of Object.values(this.liquid.analyzeSync([node]).globals).flat()) {
        const [root, ...rest] = variable.segments;
        if (typeof root !== 'string' || !VARIABLE_NAME.test(root) || rest.length > 0) {
          throw new TemplateSyntaxError(
            part, `${String(variable)} is not a variable of the render context (use a plain name such as first_name)`,
            variable.location.row, variable.location.col,
          );
        }
        uses.push({ variable: root, literalDefault });
      }
    }
    return uses;
  }

  render(text: string, scope: RenderScope): string {
    try {
      return this.liquid.parseAndRenderSync(text, { ...scope }) as string;
    } catch (error) {
      throw asSyntaxError(error, 'content');
    }
  }

  private parse(text: string, part: TemplatePart): LiquidTemplate[] {
    try {
      return this.liquid.parse(text);
    } catch (error) {
      throw asSyntaxError(error, part);
    }
  }
}

function isNonEmptyLiteral(argument: unknown): boolean {
  return TypeGuards.isQuotedToken(argument) && argument.content.trim() !== '';
}

function asSyntaxError(error: unknown, part: TemplatePart): unknown {
  if (!LiquidError.is(error)) return error;
  const [line, column] = error.token.getPosition();
  const reason = (error.originalError?.message ?? error.message).replace(/, line:\d+, col:\d+$/, '');
  return new TemplateSyntaxError(part, reason, line, column);
}
