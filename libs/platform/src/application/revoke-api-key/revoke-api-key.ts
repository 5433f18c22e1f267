import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { newId, NotFoundError, Outbox, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { PlatformError, PlatformErrorCodes } from '../../domain/index.js';
import { ApiKeys } from '../../infrastructure/platform-tables.js';
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
 * every process drop the key from its authentication cache. A revocation is audited (`api_key.revoked`);
 * revoking a revoked key changes nothing and records nothing.
 */
@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand> {
  constructor(
    private readonly keys: ApiKeys,
    private readonly outbox: Outbox,
    private readonly uow: UnitOfWork,
    private readonly authenticator: ApiKeyAuthenticator,
  ) {}

  async execute({ context, apiKeyId }: RevokeApiKeyCommand): Promise<void> {
    await this.uow.run(async () => {
      const key = await this.keys.find(context.tenantId, apiKeyId);
      if (!key) throw new NotFoundError('api key', apiKeyId);
      if (key.role === 'admin' && !key.revoked_at) {
        if ((await this.keys.lockActiveAdmins(context.tenantId)) <= 1) {
          throw new PlatformError(PlatformErrorCodes.lastAdminKey, 'This is the last admin key of the tenant; issue another admin key first');
        }
      }
      if (key.revoked_at) return;
      const revokedAt = await this.keys.revoke(context.tenantId, apiKeyId, API_KEY_REVOKED_CHANNEL);
      await this.outbox.append(context, [{
        id: newId(),
        type: 'api_key.revoked',
        aggregateType: 'api_key',
        aggregateId: apiKeyId,
        tenantId: context.tenantId,
        occurredAt: revokedAt,
        payload: { changes: { revoked_at: { from: null, to: revokedAt.toISOString() } } },
      }]);
    });
    this.authenticator.forget(apiKeyId);
  }
}
