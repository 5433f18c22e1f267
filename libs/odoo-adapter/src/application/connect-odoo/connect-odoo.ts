import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { ListPipelinesQuery } from '@leadline/crm-domain';
import type { CommandContext } from '@leadline/shared-kernel';
import { OdooError, OdooErrorCodes } from '../../domain/index.js';
import { OdooConnections } from '../../infrastructure/odoo-connections.js';
import type { OdooConnection } from '../../infrastructure/odoo-json-rpc.client.js';

export interface OdooStage {
  readonly id: number;
  readonly name: string;
}

/** Connects the tenant to its Odoo after checking the credentials and the stage mapping live. */
export class ConnectOdooCommand extends Command<{ stages: OdooStage[] }> {
  constructor(readonly context: CommandContext, readonly connection: OdooConnection) {
    super();
  }
}

/**
 * Refuses a connection that could only fail later: a login Odoo rejects (`odoo.auth_failed`), or a
 * database lacking stage ids the tenant's pipelines map (`odoo.stages_missing`, naming them).
 * An unreachable Odoo is `odoo.unavailable`. Only then are the settings stored, the key sealed.
 */
@CommandHandler(ConnectOdooCommand)
export class ConnectOdooHandler implements ICommandHandler<ConnectOdooCommand> {
  constructor(
    private readonly queries: QueryBus,
    private readonly connections: OdooConnections,
  ) {}

  async execute({ context, connection }: ConnectOdooCommand): Promise<{ stages: OdooStage[] }> {
    await this.connections.checkedUrl(connection.url);
    const mapped = await this.mappedStageIds(context.tenantId);
    const stages = (await this.connections.client.execute<Array<{ id: number; name: string }>>(
      connection, 'crm.stage', 'search_read', [[['id', 'in', mapped]]], { fields: ['id', 'name'] },
    )).map(({ id, name }) => ({ id, name }));
    const missing = mapped.filter((id) => !stages.some((stage) => stage.id === id));
    if (missing.length > 0) {
      throw new OdooError(
        OdooErrorCodes.stagesMissing,
        `Odoo database "${connection.db}" has no crm.stage with id ${missing.join(', ')}, which this tenant's pipelines map`,
        { missing_stage_ids: missing },
      );
    }
    await this.connections.save(context, connection);
    return { stages };
  }

  private async mappedStageIds(tenantId: string): Promise<number[]> {
    const ids = new Set<number>();
    let after: string | undefined;
    do {
      const page = await this.queries.execute(new ListPipelinesQuery(tenantId, { limit: 200, after }));
      for (const pipeline of page.data) {
        for (const stage of pipeline.snapshot.stages) if (stage.odooStageId !== null) ids.add(stage.odooStageId);
      }
      after = page.nextCursor ?? undefined;
    } while (after);
    return [...ids].sort((a, b) => a - b);
  }
}
