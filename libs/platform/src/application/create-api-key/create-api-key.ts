import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { newId, Outbox, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
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

/** Issues a key and records `api_key.created` for the audit trail (name and role: never the key). */
export async function issueApiKey(
  keys: ApiKeys,
  outbox: Outbox,
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
  await outbox.append(context, [{
    id: newId(),
    type: 'api_key.created',
    aggregateType: 'api_key',
    aggregateId: row.id,
    tenantId: row.tenant_id,
    occurredAt: row.created_at,
    payload: { changes: { name: { from: null, to: row.name }, role: { from: null, to: role }, prefix: { from: null, to: prefix } } },
  }]);
  return { ...row, key };
}

@CommandHandler(CreateApiKeyCommand)
export class CreateApiKeyHandler implements ICommandHandler<CreateApiKeyCommand> {
  constructor(
    private readonly keys: ApiKeys,
    private readonly outbox: Outbox,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, name, role }: CreateApiKeyCommand): Promise<IssuedApiKey> {
    return this.uow.run(() => issueApiKey(this.keys, this.outbox, context, name, role));
  }
}
