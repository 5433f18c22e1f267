import { Inject } from '@nestjs/common';
import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { GetContactQuery, GetOpportunityQuery, type Contact } from '@leadline/crm-domain';
import { APP_CONFIG, NotFoundError, UnitOfWork, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import {
  Call, CALL_REPOSITORY, TelephonyError, TelephonyErrorCodes, VOICE_PROVIDER, type CallRepository, type VoiceProvider,
} from '../../domain/index.js';

export class InitiateCallCommand extends Command<Call> {
  constructor(
    readonly context: CommandContext,
    readonly contactId: string,
    readonly opportunityId?: string,
  ) {
    super();
  }
}

/**
 * Places an outbound call to a contact through the tenant's voice provider, then records it
 * (status initiated, external_call_id = the provider's call id). The provider is asked first: a call
 * it refused never happened, so it must not become a call, nor a first-call attempt.
 */
@CommandHandler(InitiateCallCommand)
export class InitiateCallHandler implements ICommandHandler<InitiateCallCommand> {
  constructor(
    @Inject(CALL_REPOSITORY) private readonly calls: CallRepository,
    @Inject(VOICE_PROVIDER) private readonly voice: VoiceProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, contactId, opportunityId }: InitiateCallCommand): Promise<Call> {
    const { tenantId } = context;
    const contact = await this.contact(tenantId, contactId);
    if (opportunityId) await this.assertOpportunityOf(tenantId, opportunityId, contactId);
    const phone = contact.snapshot.phone;
    if (!phone) {
      throw new TelephonyError(TelephonyErrorCodes.contactWithoutPhone, `Contact ${contactId} has no phone number to call`, { contact_id: contactId });
    }
    const placed = await this.voice.placeCall({
      tenantId,
      to: phone,
      statusCallbackUrl: `${this.config.publicBaseUrl}/api/v1/webhooks/twilio/${tenantId}/status`,
    });
    const call = Call.create(tenantId, {
      direction: 'outbound',
      provider: this.voice.provider,
      externalCallId: placed.externalCallId,
      callStatus: 'initiated',
      entityId: contactId,
      fromNumber: placed.fromNumber,
      toNumber: placed.toNumber,
      startedAt: new Date(),
    });
    await this.uow.run(() => this.calls.add(call, context));
    return call;
  }

  private async contact(tenantId: string, contactId: string): Promise<Contact> {
    try {
      return await this.queries.execute(new GetContactQuery(tenantId, contactId));
    } catch (error) {
      if (error instanceof NotFoundError) throw unknownContact(contactId);
      throw error;
    }
  }

  /** The attempt lands on the contact's opportunity awaiting its first call; a given id must at least be the contact's. */
  private async assertOpportunityOf(tenantId: string, opportunityId: string, contactId: string): Promise<void> {
    try {
      const opportunity = await this.queries.execute(new GetOpportunityQuery(tenantId, opportunityId));
      if (opportunity.contactId === contactId) return;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    throw new TelephonyError(TelephonyErrorCodes.opportunityNotOfContact,
      `Opportunity ${opportunityId} is not an opportunity of contact ${contactId}`, { field: 'opportunity_id' });
  }
}

function unknownContact(contactId: string) {
  return new TelephonyError(TelephonyErrorCodes.contactUnknown, `Contact ${contactId} does not exist`, { field: 'contact_id' });
}
