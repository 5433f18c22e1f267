import { Inject } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@leadline/shared-kernel';
import {
  renderTemplate, TEMPLATE_ENGINE, TEMPLATE_REPOSITORY, type RenderOutcome, type TemplateEngine, type TemplateRepository,
} from '../../domain/index.js';
import { leadValues, type LeadReference } from '../lead-values.js';

export interface PreviewInput extends LeadReference {
  /** A designer's sample values; they override the lead's. */
  readonly variables?: Readonly<Record<string, string>>;
}

export class PreviewTemplateQuery extends Query<RenderOutcome> {
  constructor(readonly tenantId: string, readonly templateId: string, readonly input: PreviewInput) {
    super();
  }
}

/** Renders exactly as a send would, and reports what is missing instead of failing. */
@QueryHandler(PreviewTemplateQuery)
export class PreviewTemplateHandler implements IQueryHandler<PreviewTemplateQuery> {
  constructor(
    @Inject(TEMPLATE_REPOSITORY) private readonly templates: TemplateRepository,
    @Inject(TEMPLATE_ENGINE) private readonly engine: TemplateEngine,
    private readonly queries: QueryBus,
  ) {}

  async execute({ tenantId, templateId, input }: PreviewTemplateQuery): Promise<RenderOutcome> {
    const template = await this.templates.find(tenantId, templateId);
    if (!template) throw new NotFoundError('template', templateId);
    const values = { ...(await leadValues(this.queries, tenantId, input)), ...input.variables };
    return renderTemplate(template.snapshot, values, this.engine);
  }
}
