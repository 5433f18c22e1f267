import { Inject } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { GetContactQuery, GetOpportunityQuery, ListOpportunitiesQuery, type Contact } from '@leadline/crm-domain';
import { MissingVariablesError } from '@leadline/messaging';
import { APP_CONFIG, NotFoundError, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import {
  CreateCallCommand, ProviderNotConfiguredError, TelephonyConnections, TelephonyError, TelephonyErrorCodes, UpdateCallCommand,
  VOICE_PROVIDER, type Call, type VoiceProvider,
} from '@leadline/telephony';
import {
  AI_AGENT_REPOSITORY, contactWithoutOpportunity, relayLanguage, relayUrl, type AgentType, type AiAgentRepository,
} from '../../domain/index.js';
import { AiCallStore } from '../../infrastructure/ai-call.store.js';
import { AiConnections } from '../../infrastructure/ai-connections.js';
import { conversationRelayTwiml } from '../../infrastructure/twilio/conversation-relay-twiml.js';
import { RenderCallScriptQuery } from '../call-scripts/render-call-script.js';

export class StartAiCallCommand extends Command<Call> {
  constructor(
    readonly context: CommandContext,
    readonly contactId: string,
    readonly opportunityId: string | undefined,
    readonly agentType: AgentType,
  ) {
    super();
  }
}

/**
 * POST /crm/calls/initiate with `agent_type` (contract §13): the agent's greeting and instructions
 * are rendered for the lead first (a missing variable places nothing), then the call row is
 * created — its id is in the relay URL the TwiML names — and only then is Twilio asked, outside any
 * transaction. A call Twilio refuses stays as a `failed` call with Twilio's message, so the attempt
 * is visible rather than silently gone.
 */
@CommandHandler(StartAiCallCommand)
export class StartAiCallHandler implements ICommandHandler<StartAiCallCommand> {
  constructor(
    @Inject(AI_AGENT_REPOSITORY) private readonly agents: AiAgentRepository,
    @Inject(VOICE_PROVIDER) private readonly voice: VoiceProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connections: AiConnections,
    private readonly telephony: TelephonyConnections,
    private readonly store: AiCallStore,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  async execute({ context, contactId, opportunityId, agentType }: StartAiCallCommand): Promise<Call> {
    const { tenantId } = context;
    const ai = await this.connections.require(tenantId);
    if (!await this.telephony.twilio(tenantId)) throw new ProviderNotConfiguredError('twilio');
    const contact = await this.contact(tenantId, contactId);
    const phone = contact.snapshot.phone;
    if (!phone) {
      throw new TelephonyError(TelephonyErrorCodes.contactWithoutPhone, `Contact ${contactId} has no phone number to call`, { contact_id: contactId });
    }
    const leadId = await this.opportunityOf(tenantId, contactId, opportunityId);
    const script = await this.queries.execute(new RenderCallScriptQuery(tenantId, leadId, agentType));
    if (script.missing.length > 0) throw new MissingVariablesError(script.missing);
    const agent = (await this.agents.get(tenantId, agentType)).snapshot;

    const call = await this.commands.execute(new CreateCallCommand(context, {
      direction: 'outbound', provider: 'twilio', entityId: contactId, callStatus: 'initiated', toNumber: phone, startedAt: new Date(),
    }));
    const callId = call.snapshot.id;
    const language = relayLanguage(ai.language);
    await this.store.open({
      callId, tenantId, opportunityId: leadId, contactId, agentType, agentVersion: script.agentVersion,
      systemPrompt: script.prompt!, greeting: script.initialScript!, language, maxTurns: agent.maxTurns,
      maxDurationSeconds: agent.maxDurationSeconds, tools: [...agent.tools], extractionSchema: agent.extractionSchema,
      advanceToStage: agent.advanceToStage, callSid: null, status: 'placing',
    });
    const twiml = conversationRelayTwiml({
      url: relayUrl(this.config.publicBaseUrl, callId),
      welcomeGreeting: script.initialScript!,
      language,
      parameters: { call_id: callId, opportunity_id: leadId, agent_type: agentType },
    });
    try {
      const placed = await this.voice.placeCall({
        tenantId, to: phone, twiml, statusCallbackUrl: `${this.config.publicBaseUrl}/api/v1/webhooks/twilio/${tenantId}/status`,
      });
      await this.store.placed(tenantId, callId, placed.externalCallId);
      return await this.commands.execute(new UpdateCallCommand(context, callId, {
        externalCallId: placed.externalCallId, fromNumber: placed.fromNumber, toNumber: placed.toNumber,
      }));
    } catch (error) {
      await this.store.failed(tenantId, callId);
      await this.commands.execute(new UpdateCallCommand(context, callId, {
        callStatus: 'failed', callResult: `Not placed: ${(error as Error).message}`.slice(0, 2000),
      }));
      throw error;
    }
  }

  private async contact(tenantId: string, contactId: string): Promise<Contact> {
    try {
      return await this.queries.execute(new GetContactQuery(tenantId, contactId));
    } catch (error) {
      if (error instanceof NotFoundError) {
        throw new TelephonyError(TelephonyErrorCodes.contactUnknown, `Contact ${contactId} does not exist`, { field: 'contact_id' });
      }
      throw error;
    }
  }

  /** The given opportunity must be the contact's; without one, the contact's newest is the lead the agent talks about. */
  private async opportunityOf(tenantId: string, contactId: string, opportunityId: string | undefined): Promise<string> {
    if (!opportunityId) {
      const newest = await this.queries.execute(new ListOpportunitiesQuery(tenantId, { contactId }, { limit: 1 }));
      const lead = newest.data[0];
      if (!lead) throw contactWithoutOpportunity(contactId);
      return lead.id;
    }
    try {
      const opportunity = await this.queries.execute(new GetOpportunityQuery(tenantId, opportunityId));
      if (opportunity.contactId === contactId) return opportunityId;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    throw new TelephonyError(TelephonyErrorCodes.opportunityNotOfContact,
      `Opportunity ${opportunityId} is not an opportunity of contact ${contactId}`, { field: 'opportunity_id' });
  }
}
