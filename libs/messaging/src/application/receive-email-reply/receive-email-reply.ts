import { createHash } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { CommandContext } from '@leadline/shared-kernel';
import { MessagingError, MessagingErrorCodes, type InboundEvent } from '../../domain/index.js';
import { MessagingInbox } from '../../infrastructure/messaging-inbox.js';

export interface EmailReceipt {
  /** False when this e-mail (by Message-ID) was received before: nothing new was stored. */
  readonly accepted: boolean;
  readonly providerMessageId: string;
}

export class ReceiveEmailReplyCommand extends Command<EmailReceipt> {
  constructor(readonly context: CommandContext, readonly raw: Buffer) {
    super();
  }
}

/** Lines that start the quoted history in the replies of common clients (Gmail, Outlook, Apple Mail, in Spanish and English). */
const QUOTE_HEADER = /^(?:On .+ wrote:|El .+ escribió:|-----\s*Original Message\s*-----|-----\s*Mensaje original\s*-----|From: .+|De: .+)$/im;

/**
 * A lead's e-mail, forwarded raw by the tenant's mail gateway (contract §9a): parsed here, stored
 * in the inbox by its Message-ID, and matched in the worker by In-Reply-To/References to the
 * message it answers (else by the sender's address). Only the new text is kept: the quoted
 * history below the reply would make every reply look like our own message.
 */
@CommandHandler(ReceiveEmailReplyCommand)
export class ReceiveEmailReplyHandler implements ICommandHandler<ReceiveEmailReplyCommand> {
  constructor(private readonly inbox: MessagingInbox) {}

  async execute({ context, raw }: ReceiveEmailReplyCommand): Promise<EmailReceipt> {
    const email = await parse(raw);
    const from = email.from?.value[0]?.address?.toLowerCase();
    if (!from) throw invalid('The e-mail has no From address');
    const providerMessageId = email.messageId ?? `<${createHash('sha256').update(raw).digest('hex')}@leadline.invalid>`;
    const event: InboundEvent = {
      kind: 'message',
      channel: 'email',
      providerEventId: providerMessageId,
      providerMessageId,
      from: { address: from, name: email.from?.value[0]?.name || null },
      subject: email.subject ?? null,
      text: newText(email.text ?? ''),
      replyTo: threadIds(email),
      receivedAt: (email.date ?? new Date()).toISOString(),
    };
    const stored = await this.inbox.accept(context.tenantId, [event], null);
    return { accepted: stored > 0, providerMessageId };
  }
}

/** In-Reply-To first, then References newest first (mailparser gives one id as a string, several as an array). */
function threadIds(email: ParsedMail): string[] {
  const references = email.references === undefined ? [] : Array.isArray(email.references) ? email.references : [email.references];
  return [...(email.inReplyTo ? [email.inReplyTo] : []), ...[...references].reverse()];
}

function newText(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const end = lines.findIndex((line) => line.startsWith('>') || QUOTE_HEADER.test(line.trim()));
  return (end === -1 ? lines : lines.slice(0, end)).join('\n').trim();
}

async function parse(raw: Buffer): Promise<ParsedMail> {
  if (raw.length === 0) throw invalid('The body is empty: send the raw e-mail as message/rfc822');
  let email: ParsedMail;
  try {
    email = await simpleParser(raw);
  } catch {
    throw invalid('The body cannot be read as an e-mail');
  }
  return email;
}

function invalid(detail: string): MessagingError {
  return new MessagingError(MessagingErrorCodes.inboundEmailInvalid, detail, {});
}
