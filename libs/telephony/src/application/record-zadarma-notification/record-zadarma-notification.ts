import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '@leadline/shared-kernel';
import { isZadarmaCallEvent, readZadarmaNotification, TelephonyError, TelephonyErrorCodes } from '../../domain/index.js';
import { TelephonyConnections } from '../../infrastructure/telephony-connections.js';
import { isValidZadarmaSignature } from '../../infrastructure/zadarma-signature.js';
import { ProviderCallRecorder } from '../provider-call-recorder.js';

export type ZadarmaNotificationOutcome = 'applied' | 'duplicate' | 'ignored';

export class RecordZadarmaNotificationCommand extends Command<ZadarmaNotificationOutcome> {
  constructor(
    readonly context: CommandContext,
    readonly fields: Readonly<Record<string, string | undefined>>,
    readonly signature: string | undefined,
  ) {
    super();
  }
}

/**
 * One PBX notification: checked against the tenant's own secret before anything is read, then
 * applied to the call with that pbx_call_id, once per (pbx_call_id, event).
 */
@CommandHandler(RecordZadarmaNotificationCommand)
export class RecordZadarmaNotificationHandler implements ICommandHandler<RecordZadarmaNotificationCommand> {
  constructor(
    private readonly connections: TelephonyConnections,
    private readonly recorder: ProviderCallRecorder,
  ) {}

  async execute({ context, fields, signature }: RecordZadarmaNotificationCommand): Promise<ZadarmaNotificationOutcome> {
    const connection = await this.connections.zadarma(context.tenantId);
    // An unknown tenant, one without Zadarma, and a bad signature answer alike: nothing leaks which it was.
    if (!connection || !isValidZadarmaSignature(fields, signature, connection.apiSecret)) {
      throw new TelephonyError(TelephonyErrorCodes.zadarmaSignatureInvalid, 'The Signature header is missing or does not match');
    }
    if (!isZadarmaCallEvent(fields.event)) return 'ignored';
    const notification = readZadarmaNotification(fields, connection.timeZone, new Date());
    const outcome = await this.recorder.record(context, {
      provider: 'zadarma',
      externalCallId: notification.pbxCallId,
      eventKey: notification.event,
      report: notification.report,
      also: (call) => {
        if (notification.event !== 'NOTIFY_RECORD' || !notification.callIdWithRec) return false;
        call.announceRecording(notification.callIdWithRec);
        return true;
      },
    });
    return outcome.applied ? 'applied' : 'duplicate';
  }
}
