import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@leadline/shared-kernel';
import { MessagingError, MessagingErrorCodes } from '../../domain/index.js';
import { MessagingInbox } from '../../infrastructure/messaging-inbox.js';
import { WhatsappConnections } from '../../infrastructure/whatsapp/whatsapp-connections.js';
import { parseWhatsappWebhook, sameSecret, whatsappSignatureValid } from '../../infrastructure/whatsapp/whatsapp-webhook.js';

/** Meta's subscription handshake: answers the challenge to echo, or refuses. */
export class VerifyWhatsappSubscriptionCommand extends Command<string> {
  constructor(
    readonly tenantId: string,
    readonly mode: string | undefined,
    readonly verifyToken: string | undefined,
    readonly challenge: string,
  ) {
    super();
  }
}

@CommandHandler(VerifyWhatsappSubscriptionCommand)
export class VerifyWhatsappSubscriptionHandler implements ICommandHandler<VerifyWhatsappSubscriptionCommand> {
  constructor(private readonly connections: WhatsappConnections) {}

  async execute({ tenantId, mode, verifyToken, challenge }: VerifyWhatsappSubscriptionCommand): Promise<string> {
    const connection = await this.connections.find(tenantId);
    if (mode !== 'subscribe' || verifyToken === undefined || !connection || !sameSecret(verifyToken, connection.verifyToken)) {
      throw new MessagingError(MessagingErrorCodes.webhookVerifyTokenInvalid,
        'hub.mode must be "subscribe" and hub.verify_token the verify_token saved with PUT /api/v1/integrations/whatsapp', { channel: 'whatsapp' });
    }
    return challenge;
  }
}

/** One webhook POST as Meta sent it: the exact bytes (what is signed) and the parsed JSON. */
export class ReceiveWhatsappWebhookCommand extends Command<number> {
  constructor(
    readonly tenantId: string,
    readonly rawBody: Buffer,
    readonly body: unknown,
    readonly signature: string | undefined,
  ) {
    super();
  }
}

/**
 * Checks the signature with the tenant's app secret (a tenant without a WhatsApp connection has
 * none, so nothing of theirs verifies), then stores every event in the inbox before Meta gets its
 * 200: the worker applies them. Answers how many events were new.
 */
@CommandHandler(ReceiveWhatsappWebhookCommand)
export class ReceiveWhatsappWebhookHandler implements ICommandHandler<ReceiveWhatsappWebhookCommand> {
  constructor(
    private readonly connections: WhatsappConnections,
    private readonly inbox: MessagingInbox,
    private readonly clock: Clock,
  ) {}

  async execute({ tenantId, rawBody, body, signature }: ReceiveWhatsappWebhookCommand): Promise<number> {
    const connection = await this.connections.find(tenantId);
    if (!connection || !whatsappSignatureValid(connection.appSecret, rawBody, signature)) {
      throw new MessagingError(MessagingErrorCodes.webhookSignatureInvalid,
        'X-Hub-Signature-256 is missing or is not the HMAC-SHA256 of the body with this tenant\'s WhatsApp app secret', { channel: 'whatsapp' });
    }
    return this.inbox.accept(tenantId, parseWhatsappWebhook(body, this.clock.now()), body);
  }
}
