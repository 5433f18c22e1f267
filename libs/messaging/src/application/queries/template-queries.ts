import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, TenantReader, type Page, type PageRequest } from '@leadline/shared-kernel';
import type { TemplateFilter, TemplateState } from '../../domain/index.js';
import { toTemplateState, type TemplateRow } from '../../infrastructure/template.persistence.js';

export class GetTemplateQuery extends Query<TemplateState> {
  constructor(readonly tenantId: string, readonly templateId: string) {
    super();
  }
}

export class ListTemplatesQuery extends Query<Page<TemplateState>> {
  constructor(readonly tenantId: string, readonly filter: TemplateFilter, readonly page: PageRequest) {
    super();
  }
}

@QueryHandler(GetTemplateQuery)
export class GetTemplateHandler implements IQueryHandler<GetTemplateQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, templateId }: GetTemplateQuery): Promise<TemplateState> {
    const row = await this.reader.one<TemplateRow>(tenantId, { select: 't.*', from: ['message_templates', 't'], where: [['t.id = ?', templateId]] });
    if (!row) throw new NotFoundError('template', templateId);
    return toTemplateState(row);
  }
}

/** Newest first; `q` finds a part of the name whatever its case and accents (leadline_fold, as contact search). */
@QueryHandler(ListTemplatesQuery)
export class ListTemplatesHandler implements IQueryHandler<ListTemplatesQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, filter, page }: ListTemplatesQuery): Promise<Page<TemplateState>> {
    const found = await this.reader.page<TemplateRow>(tenantId, {
      select: 't.*',
      from: ['message_templates', 't'],
      where: [
        filter.channel !== undefined && ['t.channel = ?', filter.channel],
        filter.agentType !== undefined && ['t.agent_type = ?', filter.agentType],
        filter.q !== undefined && ['strpos(leadline_fold(t.name), leadline_fold(?)) > 0', filter.q],
      ],
    }, page);
    return { data: found.data.map(toTemplateState), nextCursor: found.nextCursor };
  }
}
