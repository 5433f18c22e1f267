import { DomainError } from '@leadline/shared-kernel/domain';

export const MessagingErrorCodes = {
  templateInvalidSyntax: 'template.invalid_syntax',
  templateMissingVariable: 'template.missing_variable',
  templateTooLong: 'template.too_long',
  /** Reserved for the campaign engine and the AI agent: a template they use cannot be deleted. */
  templateInUse: 'template.in_use',
  contactUnknown: 'message.contact_unknown',
  opportunityUnknown: 'message.opportunity_unknown',
  templateUnknown: 'message.template_unknown',
  /** Opted out, refused for good by the provider, or no address on the channel (no linked chat, no e-mail). */
  channelUnreachable: 'message.channel_unreachable',
  /** WhatsApp free text more than 24 hours after the lead's last message, and no approved template to send instead. */
  whatsappOutsideWindow: 'whatsapp.outside_window',
  /** The tenant has not connected the channel's provider. */
  channelNotConfigured: 'channel.not_configured',
  /** The provider refused the credentials of a connection being saved. */
  channelCredentialsRejected: 'channel.credentials_rejected',
  /** The provider could not be reached while saving a connection. */
  channelUnavailable: 'channel.provider_unavailable',
  /** A provider webhook whose signature or secret token is missing or wrong: nothing is stored. */
  webhookSignatureInvalid: 'channel.webhook_signature_invalid',
  /** A webhook handshake with the wrong verify token. */
  webhookVerifyTokenInvalid: 'channel.verify_token_invalid',
  /** An inbound e-mail that is not a readable RFC 822 message. */
  inboundEmailInvalid: 'message.inbound_email_invalid',
} as const;
export type MessagingErrorCode = (typeof MessagingErrorCodes)[keyof typeof MessagingErrorCodes];

export class MessagingError extends DomainError<MessagingErrorCode> {}

/** Which text of a template a syntax error is in. */
export type TemplatePart = 'content' | 'subject';

/** A Liquid syntax error, with where it is: 1-based line and column in that text. */
export class TemplateSyntaxError extends MessagingError {
  constructor(readonly part: TemplatePart, reason: string, readonly line: number, readonly column: number) {
    super(MessagingErrorCodes.templateInvalidSyntax, `${part} has a Liquid syntax error at line ${line}, column ${column}: ${reason}`, {
      part, line, column,
    });
  }
}

/** A send (or render) that would leave a hole in the text: nothing is sent. */
export class MissingVariablesError extends MessagingError {
  constructor(readonly variables: readonly string[]) {
    super(
      MessagingErrorCodes.templateMissingVariable,
      `No value and no default for ${variables.join(', ')}: the message is not sent with a hole in it`,
      { variables },
    );
  }
}

export class TemplateTooLongError extends MessagingError {
  constructor(channel: string, length: number, limit: number) {
    super(MessagingErrorCodes.templateTooLong, `The rendered text has ${length} characters; ${channel} takes at most ${limit}`, {
      channel, length, limit,
    });
  }
}

export function contactUnknown(contactId: string): MessagingError {
  return new MessagingError(MessagingErrorCodes.contactUnknown, `Contact ${contactId} does not exist`, { contact_id: contactId });
}

export function opportunityUnknown(opportunityId: string, contactId?: string): MessagingError {
  return new MessagingError(
    MessagingErrorCodes.opportunityUnknown,
    contactId ? `Opportunity ${opportunityId} is not an opportunity of contact ${contactId}` : `Opportunity ${opportunityId} does not exist`,
    { opportunity_id: opportunityId },
  );
}

export function channelUnreachable(channel: string, reason: 'opted_out' | 'unreachable' | 'no_address'): MessagingError {
  const why = { opted_out: 'opted out of', unreachable: 'unreachable on', no_address: 'has no address on' }[reason];
  return new MessagingError(MessagingErrorCodes.channelUnreachable, `The contact ${why} ${channel}`, { channel, reason });
}

export function whatsappOutsideWindow(): MessagingError {
  return new MessagingError(MessagingErrorCodes.whatsappOutsideWindow,
    'More than 24 hours since the lead last wrote on WhatsApp, and the template has no approved WhatsApp template to send instead', {});
}

export function channelNotConfigured(channel: string): MessagingError {
  return new MessagingError(MessagingErrorCodes.channelNotConfigured, `Connect ${channel} first: PUT /api/v1/integrations/${channel}`, { channel });
}

export function templateUnknown(templateId: string): MessagingError {
  return new MessagingError(MessagingErrorCodes.templateUnknown, `Template ${templateId} does not exist`, { template_id: templateId });
}
