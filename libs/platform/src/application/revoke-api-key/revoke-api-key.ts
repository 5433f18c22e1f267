import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/core';
import { NotFoundError, TenantTable, type CommandContext } from '@leadline/shared-kernel';
import { ApiKeySchema, type ApiKeyRow } from '../../infrastructure/schemas.js';

export class RevokeApiKeyCommand extends Command<void> {
  constructor(
    readonly context: CommandContext,
    readonly apiKeyId: string,
  ) {
    super();
  }
}

/** Revoking twice is fine; the first revocation time is kept. */
@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand> {
  private readonly keys: TenantTable<ApiKeyRow>;

  constructor(em: EntityManager) {
    this.keys = new TenantTable(em, ApiKeySchema);
  }

  async execute({ context, apiKeyId }: RevokeApiKeyCommand): Promise<void> {
    const key = await this.keys.findOne(context.tenantId, { id: apiKeyId });
    if (!key) throw new NotFoundError('api key', apiKeyId);
    await this.keys.update(context.tenantId, { id: apiKeyId, revoked_at: null }, { revoked_at: new Date() });
  }
}
