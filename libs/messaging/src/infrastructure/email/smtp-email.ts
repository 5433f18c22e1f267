import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import nodemailer from 'nodemailer';
import { IntegrationSettings } from '@leadline/platform';
import { APP_CONFIG, isPrivateAddress, isTestHost, type AppConfig } from '@leadline/shared-kernel';
import {
  ChannelDeferredError, ChannelNotConfiguredError, ChannelRefusedError, type ChannelSender, type OutboundMessage, type SentMessage,
} from '../../domain/index.js';

export interface EmailConnection {
  readonly smtpHost: string;
  readonly smtpPort: number;
  /** Implicit TLS (465); otherwise STARTTLS is required, except on PROVIDER_TEST_HOSTS. */
  readonly secure: boolean;
  readonly username: string | null;
  readonly password: string | null;
  readonly fromAddress: string;
  readonly fromName: string | null;
  /** Replies go to reply+<message id>@this domain when set (the mail gateway forwards them to our inbound webhook). */
  readonly replyToDomain: string | null;
}

/** An SMTP host that resolves to a private address is refused unless PROVIDER_TEST_HOSTS names it. */
export class SmtpHostRefused extends Error {
  constructor(host: string) {
    super(`${host} is, or resolves to, a private, loopback or link-local address`);
  }
}

/** Transient SMTP trouble when the 4xx has no hint of its own: greylisting usually clears within minutes. */
const SMTP_RETRY_MS = 60_000;

/**
 * nodemailer's transport to the tenant's SMTP server. The host is resolved here and connected to by
 * address (with the name kept for TLS), so a name that resolves to an internal address is refused
 * at every connection, as ProviderHttp does for HTTP providers.
 */
export async function smtpTransport(connection: EmailConnection, testHosts: readonly string[]) {
  const host = connection.smtpHost;
  const testHost = isTestHost(host, String(connection.smtpPort), testHosts);
  const address = isIP(host) ? host : (await dnsLookup(host)).address;
  if (!testHost && isPrivateAddress(address)) throw new SmtpHostRefused(host);
  return nodemailer.createTransport({
    host: address,
    port: connection.smtpPort,
    secure: connection.secure,
    requireTLS: !connection.secure && !testHost,
    ignoreTLS: !connection.secure && testHost,
    tls: { servername: isIP(host) ? undefined : host },
    auth: connection.username ? { user: connection.username, pass: connection.password ?? '' } : undefined,
    // nodemailer waits 2 min for a connection and 10 min on a socket by default: far too long for a worker.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  });
}

export async function emailConnection(integrations: IntegrationSettings, tenantId: string): Promise<EmailConnection | null> {
  const connection = await integrations.find(tenantId, 'email');
  const settings = connection?.settings;
  if (!settings?.smtp_host || !settings.smtp_port || !settings.from_address) return null;
  return {
    smtpHost: settings.smtp_host,
    smtpPort: Number(settings.smtp_port),
    secure: settings.secure === 'true',
    username: settings.username ?? null,
    password: connection!.secrets.password ?? null,
    fromAddress: settings.from_address,
    fromName: settings.from_name ?? null,
    replyToDomain: settings.reply_to_domain ?? null,
  };
}

/** Our Message-ID: the message's own id, so a reply's In-Reply-To names it. */
export function emailMessageId(messageId: string, connection: EmailConnection): string {
  return `<${messageId}@${connection.replyToDomain ?? connection.fromAddress.split('@')[1]}>`;
}

interface SmtpFailure {
  readonly code?: string;
  readonly responseCode?: number;
  readonly command?: string;
  readonly message?: string;
}

/**
 * nodemailer's errors as the send path needs them (integrations-2 §3.3): 4xx and a connection that
 * never got to DATA → later; 5xx on the recipient → refused, and the address is dead; 5xx
 * elsewhere or refused credentials → refused; a failure during or after DATA → unknown (rethrown).
 */
export function classifySmtpFailure(error: unknown): Error {
  const failure = (error ?? {}) as SmtpFailure;
  const reason = failure.message ?? String(error);
  const code = failure.responseCode;
  if (error instanceof SmtpHostRefused) return new ChannelRefusedError('email.host_refused', reason, false);
  if (code !== undefined && code >= 400 && code < 500) return new ChannelDeferredError(SMTP_RETRY_MS, reason);
  if (failure.code === 'EAUTH') return new ChannelRefusedError('email.auth_failed', reason, false);
  if (code !== undefined && code >= 500) {
    const onRecipient = failure.code === 'EENVELOPE' || failure.command === 'RCPT TO';
    return new ChannelRefusedError(onRecipient ? 'email.recipient_rejected' : 'email.rejected', reason, onRecipient);
  }
  const beforeData = failure.command === 'CONN' || ['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ENOTFOUND', 'ECONNREFUSED', 'EPROTOCOL'].includes(failure.code ?? '');
  if (beforeData && failure.command !== 'DATA') return new ChannelDeferredError(SMTP_RETRY_MS, reason);
  return error instanceof Error ? error : new Error(reason);
}

/** E-mail over the tenant's SMTP server with nodemailer (contract §9a). */
@Injectable()
export class EmailSender implements ChannelSender {
  readonly channel = 'email' as const;

  constructor(
    private readonly integrations: IntegrationSettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(message: OutboundMessage): Promise<SentMessage> {
    const connection = await emailConnection(this.integrations, message.tenantId);
    if (!connection) throw new ChannelNotConfiguredError('email');
    const messageId = emailMessageId(message.messageId, connection);
    let transport: Awaited<ReturnType<typeof smtpTransport>> | undefined;
    try {
      transport = await smtpTransport(connection, this.config.providerTestHosts);
      const info = await transport.sendMail({
        from: connection.fromName ? { name: connection.fromName, address: connection.fromAddress } : connection.fromAddress,
        to: message.to,
        subject: message.subject ?? '',
        text: message.body,
        messageId,
        replyTo: connection.replyToDomain ? `reply+${message.messageId}@${connection.replyToDomain}` : connection.fromAddress,
        headers: { 'X-Leadline-Message': message.messageId },
      });
      if (info.rejected.length > 0) throw new ChannelRefusedError('email.recipient_rejected', `the server rejected ${message.to}`, true);
      return { providerMessageId: messageId };
    } catch (error) {
      if (error instanceof ChannelRefusedError) throw error;
      throw classifySmtpFailure(error);
    } finally {
      transport?.close();
    }
  }
}
