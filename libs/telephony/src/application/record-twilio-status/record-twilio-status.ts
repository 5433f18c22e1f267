import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '@leadline/shared-kernel';
import { readTwilioStatusCallback, TelephonyError, TelephonyErrorCodes } from '../../domain/index.js';
import { TelephonyConnections } from '../../infrastructure/telephony-connections.js';
import { isValidTwilioSignature } from '../../infrastructure/twilio-voice.js';
import { ProviderCallRecorder } from '../provider-call-recorder.js';

export class RecordTwilioStatusCommand extends Command<'applied' | 'duplicate'> {
  constructor(
    readonly context: CommandContext,
    /** The public URL Twilio posted to (PUBLIC_BASE_URL + path and query): what it signed. */
    readonly url: string,
    readonly params: Readonly<Record<string, string | string[]>>,
    readonly signature: string | undefined,
  ) {
    super();
  }
}

/**
 * A status callback of a call placed through `POST /calls/initiate`. Twilio repeats and reorders
 * callbacks: (CallStatus, SequenceNumber) is the idempotency key, and an older SequenceNumber than
 * one already applied does not move the status.
 */
@CommandHandler(RecordTwilioStatusCommand)
export class RecordTwilioStatusHandler implements ICommandHandler<RecordTwilioStatusCommand> {
  constructor(
    private readonly connections: TelephonyConnections,
    private readonly recorder: ProviderCallRecorder,
  ) {}

  async execute({ context, url, params, signature }: RecordTwilioStatusCommand): Promise<'applied' | 'duplicate'> {
    const credentials = await this.connections.twilio(context.tenantId);
    if (!credentials || !isValidTwilioSignature(credentials.authToken, signature, url, params)) {
      throw new TelephonyError(TelephonyErrorCodes.twilioSignatureInvalid, 'The X-Twilio-Signature header is missing or does not match');
    }
    const callback = readTwilioStatusCallback(params, new Date());
    const outcome = await this.recorder.record(context, {
      provider: 'twilio',
      externalCallId: callback.callSid,
      eventKey: `${callback.callStatus}:${callback.sequenceNumber ?? '-'}`,
      sequenceNumber: callback.sequenceNumber,
      report: callback.report,
      mustExist: true,
    });
    return outcome.applied ? 'applied' : 'duplicate';
  }
}
