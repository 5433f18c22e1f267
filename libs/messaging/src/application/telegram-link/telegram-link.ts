import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { GetContactQuery } from '@leadline/crm-domain';
import { channelNotConfigured } from '../../domain/index.js';
import { TelegramConnections } from '../../infrastructure/telegram/telegram-connections.js';
import { TelegramLinkTokens } from '../../infrastructure/telegram/telegram-link-tokens.js';

export class CreateTelegramLinkCommand extends Command<{ url: string }> {
  constructor(readonly tenantId: string, readonly contactId: string) {
    super();
  }
}

/**
 * The deep link a contact opens to start the tenant's bot: its `/start <token>` links the chat to
 * this contact. The token is derived, not stored, so asking again gives the same link.
 */
@CommandHandler(CreateTelegramLinkCommand)
export class CreateTelegramLinkHandler implements ICommandHandler<CreateTelegramLinkCommand> {
  constructor(
    private readonly queries: QueryBus,
    private readonly connections: TelegramConnections,
    private readonly tokens: TelegramLinkTokens,
  ) {}

  async execute({ tenantId, contactId }: CreateTelegramLinkCommand): Promise<{ url: string }> {
    const contact = await this.queries.execute(new GetContactQuery(tenantId, contactId));
    const bot = await this.connections.find(tenantId);
    if (!bot) throw channelNotConfigured('telegram');
    const token = this.tokens.issue(tenantId, contact.snapshot.id);
    return { url: `https://t.me/${encodeURIComponent(bot.botUsername)}?start=${token}` };
  }
}
