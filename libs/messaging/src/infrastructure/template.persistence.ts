import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema, ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import { Outbox, StaleVersionError, TenantTable, type CommandContext } from '@leadline/shared-kernel';
import {
  MessagingError, MessagingErrorCodes, Template, type AgentType, type TemplateChannel, type TemplateRepository, type TemplateState,
} from '../domain/index.js';

export interface TemplateRow {
  id: string;
  tenant_id: string;
  name: string;
  channel: TemplateChannel;
  agent_type: AgentType | null;
  subject: string | null;
  content: string;
  defaults: Record<string, string>;
  variables: string[];
  whatsapp: { template_name: string; language: string; parameters: string[] } | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const TemplateSchema = new EntitySchema<TemplateRow>({
  name: 'MessageTemplate',
  tableName: 'message_templates',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    name: { type: 'text' },
    channel: { type: 'text' },
    agent_type: { type: 'text', nullable: true },
    subject: { type: 'text', nullable: true },
    content: { type: 'text' },
    defaults: { type: 'json' },
    variables: { type: 'json' },
    whatsapp: { type: 'json', nullable: true },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

@Injectable()
export class MikroOrmTemplateRepository implements TemplateRepository {
  private readonly table: TenantTable<TemplateRow>;

  constructor(em: EntityManager, private readonly outbox: Outbox) {
    this.table = new TenantTable(em, TemplateSchema);
  }

  async find(tenantId: string, id: string): Promise<Template | null> {
    const row = await this.table.findOne(tenantId, { id });
    return row ? Template.rehydrate(toTemplateState(row)) : null;
  }

  async add(template: Template, context: CommandContext): Promise<void> {
    const state = template.snapshot;
    await this.table.insert(state.tenantId, toRow(state));
    await this.outbox.append(context, template.pullEvents());
  }

  async save(template: Template, context: CommandContext): Promise<void> {
    const state = template.snapshot;
    const updated = await this.table.update(state.tenantId, { id: state.id, version: template.persistedVersion }, toRow(state));
    if (updated === 0) throw new StaleVersionError('template', state.id);
    await this.outbox.append(context, template.pullEvents());
  }

  async delete(template: Template, context: CommandContext): Promise<void> {
    const state = template.snapshot;
    let deleted: number;
    try {
      deleted = await this.table.delete(state.tenantId, { id: state.id, version: template.persistedVersion });
    } catch (error) {
      // Whoever uses a template (a campaign step, an AI agent) holds it with a foreign key of its
      // own table: messaging needs to know none of them to refuse the delete.
      if (error instanceof ForeignKeyConstraintViolationException) {
        throw new MessagingError(MessagingErrorCodes.templateInUse, 'A campaign step or an AI agent uses this template; change them first', {
          template_id: state.id,
        });
      }
      throw error;
    }
    if (deleted === 0) throw new StaleVersionError('template', state.id);
    await this.outbox.append(context, template.pullEvents());
  }
}

/** Rows read raw (the read side) answer timestamps as strings; the ORM answers dates. */
export function toTemplateState(row: Omit<TemplateRow, 'created_at' | 'updated_at'> & { created_at: Date | string; updated_at: Date | string }): TemplateState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    channel: row.channel,
    agentType: row.agent_type,
    subject: row.subject,
    content: row.content,
    defaults: row.defaults,
    variables: row.variables,
    whatsapp: row.whatsapp === null ? null
      : { templateName: row.whatsapp.template_name, language: row.whatsapp.language, parameters: row.whatsapp.parameters },
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

function toRow(state: TemplateState): TemplateRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    name: state.name,
    channel: state.channel,
    agent_type: state.agentType,
    subject: state.subject,
    content: state.content,
    defaults: { ...state.defaults },
    variables: [...state.variables],
    whatsapp: state.whatsapp === null ? null
      : { template_name: state.whatsapp.templateName, language: state.whatsapp.language, parameters: [...state.whatsapp.parameters] },
    version: state.version,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}
