import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { newId, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { generateApiKey, type ApiKeyRole } from '../../domain/index.js';
import { ApiKeys } from '../../infrastructure/platform-tables.js';
import type { ApiKeyRow } from '../../infrastructure/schemas.js';

/** The stored key plus its plaintext, which exists only in this one response. */
export type IssuedApiKey = ApiKeyRow & { key: string };

export class CreateApiKeyCommand extends Command<IssuedApiKey> {
  constructor(
    readonly context: CommandContext,
    readonly name: string,
    readonly role: ApiKeyRole,
  ) {
    super();
  }
}

export async function issueApiKey(
  keys: ApiKeys,
  context: CommandContext,
  name: string,
  role: ApiKeyRole,
): Promise<IssuedApiKey> {
  const { key, prefix, hash } = generateApiKey();
  const row: ApiKeyRow = {
    id: newId(),
    tenant_id: context.tenantId,
    name: name.trim(),
    role,
    prefix,
    key_hash: hash,
    created_at: new Date(),
    last_used_at: null,
    revoked_at: null,
  };
  await keys.insert(row);
  return { ...row, key };
}

@CommandHandler(CreateApiKeyCommand)
export class CreateApiKeyHandler implements ICommandHandler<CreateApiKeyCommand> {
  constructor(
    private readonly keys: ApiKeys,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, name, role }: CreateApiKeyCommand): Promise<IssuedApiKey> {
    return this.uow.run(() => issueApiKey(this.keys, context, name, role));
  }
}
