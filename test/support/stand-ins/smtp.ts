import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/**
 * An SMTP server on the smtp-server package, as integrations-2 §3.5 describes: AUTH PLAIN/LOGIN
 * without TLS (plain text, so the sender must allow it for PROVIDER_TEST_HOSTS only), recipients
 * refused by their local part (bounce… → 550, greylist… → 450), and every accepted message kept raw
 * and parsed, with its envelope.
 */

export interface ReceivedEmail {
  readonly mailFrom: string;
  readonly rcptTo: string[];
  readonly raw: string;
  readonly parsed: ParsedMail;
}

export interface SmtpStandIn {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly password: string;
  readonly received: ReceivedEmail[];
  /** The next `count` DATA commands are answered with this code (451 greylisting, 554 rejected). */
  failDataNext(code: number, count?: number): void;
  close(): Promise<void>;
}

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

export async function startSmtp(options: { username?: string; password?: string } = {}): Promise<SmtpStandIn> {
  const username = options.username ?? 'crm@example.com';
  const password = options.password ?? 'smtp-password';
  const received: ReceivedEmail[] = [];
  const dataFailures: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === username && auth.password === password) return callback(null, { user: username });
      callback(smtpError('Invalid username or password', 535));
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      if (address.address.startsWith('bounce')) return callback(smtpError('Mailbox unavailable', 550));
      if (address.address.startsWith('greylist')) return callback(smtpError('Try again later', 450));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const failure = dataFailures.shift();
        if (failure !== undefined) return callback(smtpError(failure >= 500 ? 'Message rejected' : 'Try again later', failure));
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then((parsed) => {
          const envelope = session.envelope;
          received.push({
            mailFrom: envelope.mailFrom ? envelope.mailFrom.address : '',
            rcptTo: envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: raw.toString(),
            parsed,
          });
          callback(null);
        }, (error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    host: '127.0.0.1',
    port,
    username,
    password,
    received,
    failDataNext: (code, count = 1) => dataFailures.push(...Array.from({ length: count }, () => code)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
