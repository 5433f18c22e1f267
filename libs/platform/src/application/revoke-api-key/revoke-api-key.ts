import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
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
 * every process drop the key from its authentication cache.
 */
@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand> {
  constructor(
    private readonly keys: ApiKeys,
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
      await this.keys.revoke(context.tenantId, apiKeyId, API_KEY_REVOKED_CHANNEL);
    });
    this.authenticator.forget(apiKeyId);
  }
}
