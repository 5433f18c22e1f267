import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { NotFoundError, TenantTable, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { PlatformError, PlatformErrorCodes } from '../../domain/index.js';
import { ApiKeySchema, type ApiKeyRow } from '../../infrastructure/schemas.js';
import { API_KEY_REVOKED_CHANNEL, ApiKeyAuthenticator } from '../authenticate/api-key-authenticator.js';

export class RevokeApiKeyCommand extends Command<void> {
  constructor(
    readonly context: CommandContext,
    readonly apiKeyId: string,
  ) {
    super();
  }
}

/**
 * Revoking twice is fine; the first revocation time is kept. The tenant's last active admin key
 * cannot be revoked: nobody could issue keys any more. The NOTIFY (delivered on commit) makes
 * every process drop the key from its authentication cache.
 */
@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand> {
  private readonly keys: TenantTable<ApiKeyRow>;

  constructor(
    private readonly em: EntityManager,
    private readonly uow: UnitOfWork,
    private readonly authenticator: ApiKeyAuthenticator,
  ) {
    this.keys = new TenantTable(em, ApiKeySchema);
  }

  async execute({ context, apiKeyId }: RevokeApiKeyCommand): Promise<void> {
    await this.uow.run(async () => {
      const key = await this.keys.findOne(context.tenantId, { id: apiKeyId });
      if (!key) throw new NotFoundError('api key', apiKeyId);
      if (key.role === 'admin' && !key.revoked_at) {
        // Locking the tenant's active admin keys serialises two admins revoking each other.
        const admins = await this.keys.find(context.tenantId, { role: 'admin', revoked_at: null }, {
          fields: ['id'],
          lockMode: LockMode.PESSIMISTIC_WRITE,
        });
        if (admins.length <= 1) {
          throw new PlatformError(PlatformErrorCodes.lastAdminKey, 'This is the last admin key of the tenant; issue another admin key first');
        }
      }
      await this.keys.update(context.tenantId, { id: apiKeyId, revoked_at: null }, { revoked_at: new Date() });
      await this.em.getContext(false).execute('select pg_notify(?, ?)', [API_KEY_REVOKED_CHANNEL, apiKeyId]);
    });
    this.authenticator.forget(apiKeyId);
  }
}
