import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { newId, Outbox, UnitOfWork, violatedConstraint } from '@leadline/shared-kernel';
import { CreatePipelineCommand } from '@leadline/crm-domain';
import { PlatformError, PlatformErrorCodes, slugify } from '../../domain/index.js';
import { ApiKeys, Tenants } from '../../infrastructure/platform-tables.js';
import type { TenantRow } from '../../infrastructure/schemas.js';
import { issueApiKey, type IssuedApiKey } from '../create-api-key/create-api-key.js';

export class CreateTenantCommand extends Command<{ tenant: TenantRow; apiKey: IssuedApiKey }> {
  constructor(
    readonly name: string,
    readonly slug?: string,
    readonly requestId: string | null = null,
  ) {
    super();
  }
}

const OPERATOR = { type: 'system', id: null, name: 'platform operator' } as const;

/**
 * A tenant arrives usable: its first admin key and its default `sales` pipeline, in one transaction.
 * Its audit trail starts with `tenant.created` and the first key's `api_key.created`, by the operator.
 */
@CommandHandler(CreateTenantCommand)
export class CreateTenantHandler implements ICommandHandler<CreateTenantCommand> {
  constructor(
    private readonly tenants: Tenants,
    private readonly keys: ApiKeys,
    private readonly outbox: Outbox,
    private readonly uow: UnitOfWork,
    private readonly commandBus: CommandBus,
  ) {}

  async execute({ name, slug, requestId }: CreateTenantCommand) {
    const tenant: TenantRow = {
      id: newId(),
      name: name.trim(),
      slug: slug ?? `${slugify(name) || 'tenant'}-${Math.random().toString(36).slice(2, 8)}`,
      created_at: new Date(),
    };
    try {
      return await this.uow.run(async () => {
        await this.tenants.insert(tenant);
        const context = { tenantId: tenant.id, actor: OPERATOR, requestId };
        await this.outbox.append(context, [{
          id: newId(),
          type: 'tenant.created',
          aggregateType: 'tenant',
          aggregateId: tenant.id,
          tenantId: tenant.id,
          occurredAt: tenant.created_at,
          payload: { changes: { name: { from: null, to: tenant.name }, slug: { from: null, to: tenant.slug } } },
        }]);
        const apiKey = await issueApiKey(this.keys, this.outbox, context, 'Initial admin key', 'admin');
        await this.commandBus.execute(new CreatePipelineCommand(context, { name: 'Sales', template: 'sales' }, true));
        return { tenant, apiKey };
      });
    } catch (error) {
      if (violatedConstraint(error) === 'uq_tenants_slug') {
        throw new PlatformError(PlatformErrorCodes.tenantSlugTaken, `The slug "${tenant.slug}" is taken`, {
          slug: tenant.slug,
        });
      }
      throw error;
    }
  }
}
