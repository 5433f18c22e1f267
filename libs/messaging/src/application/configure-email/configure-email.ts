import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IntegrationSettings } from '@leadline/platform';
import { APP_CONFIG, InvalidInputError, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import { MessagingError, MessagingErrorCodes } from '../../domain/index.js';
import { smtpTransport, SmtpHostRefused, type EmailConnection } from '../../infrastructure/email/smtp-email.js';

export class ConfigureEmailCommand extends Command<void> {
  constructor(readonly context: CommandContext, readonly connection: EmailConnection) {
    super();
  }
}

/**
 * Saves the tenant's SMTP connection after a live check (contract §9a): nodemailer's verify()
 * connects, negotiates TLS and logs in without sending. Refused credentials → 422, a server that
 * cannot be reached → 503; nothing is saved then. The check runs before any transaction opens.
 */
@CommandHandler(ConfigureEmailCommand)
export class ConfigureEmailHandler implements ICommandHandler<ConfigureEmailCommand> {
  constructor(
    private readonly integrations: IntegrationSettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ context, connection }: ConfigureEmailCommand): Promise<void> {
    await this.verify(connection);
    await this.integrations.save(context, 'email', {
      settings: {
        smtp_host: connection.smtpHost,
        smtp_port: String(connection.smtpPort),
        secure: String(connection.secure),
        username: connection.username,
        from_address: connection.fromAddress,
        from_name: connection.fromName,
        reply_to_domain: connection.replyToDomain,
      },
      secrets: connection.password === null ? {} : { password: connection.password },
    });
  }

  private async verify(connection: EmailConnection): Promise<void> {
    let transport: Awaited<ReturnType<typeof smtpTransport>> | undefined;
    try {
      transport = await smtpTransport(connection, this.config.providerTestHosts);
      await transport.verify();
    } catch (error) {
      if (error instanceof SmtpHostRefused) throw new InvalidInputError('smtp_host', `smtp_host ${error.message}`);
      const failure = error as { code?: string; responseCode?: number; message?: string };
      if (failure.code === 'EAUTH' || (failure.responseCode !== undefined && failure.responseCode >= 500)) {
        throw new MessagingError(MessagingErrorCodes.channelCredentialsRejected, `The SMTP server refused the connection: ${failure.message}`, { channel: 'email' });
      }
      throw new MessagingError(MessagingErrorCodes.channelUnavailable, `The SMTP server could not be reached: ${failure.message ?? String(error)}`, { channel: 'email' });
    } finally {
      transport?.close();
    }
  }
}
