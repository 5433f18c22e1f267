import { DomainError } from '@leadline/shared-kernel/domain';

export const MessagingErrorCodes = {
  templateInvalidSyntax: 'template.invalid_syntax',
  templateMissingVariable: 'template.missing_variable',
  templateTooLong: 'template.too_long',
  /** Reserved for the campaign engine and the AI agent: a template they use cannot be deleted. */
  templateInUse: 'template.in_use',
  contactUnknown: 'message.contact_unknown',
  opportunityUnknown: 'message.opportunity_unknown',
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
