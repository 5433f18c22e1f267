import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RecordCampaignAssignmentCommand } from '@leadline/campaigns';
import {
  PlaceContactInOdooStageCommand, UpsertContactByManychatIdCommand, type ContactDetails,
} from '@leadline/crm-domain';
import { SubscribesTo, type CommandContext, type DeliveredEvent, type DomainEventSubscriber } from '@leadline/shared-kernel';
import {
  CONTACT_DATA_STREAMS, externalId, MANYCHAT_EVENT_RECEIVED, withoutMergeTags,
  type CampaignAssignmentEventBody, type ContactEventBody, type CrmOpportunityEventBody,
} from '../../domain/index.js';
import { ManychatInbox, type InboxRow } from '../../infrastructure/inbox.persistence.js';

/**
 * Works off the inbox in the worker. The delivery runs in one transaction with its processed
 * marker, so the contact, the opportunity, their outbox events and the `processed` status commit
 * together or not at all; a failure is recorded afterwards (`failed`) and retried by the queue.
 */
@Injectable()
@SubscribesTo({ name: 'manychat-inbox', events: [MANYCHAT_EVENT_RECEIVED] })
export class ManychatEventSubscriber implements DomainEventSubscriber {
  constructor(
    private readonly inbox: ManychatInbox,
    private readonly commands: CommandBus,
  ) {}

  async handle(delivered: DeliveredEvent): Promise<void> {
    const event = await this.inbox.find(delivered.tenantId, delivered.aggregateId);
    if (!event || event.status === 'processed') return;
    await this.inbox.lockContact(event.tenant_id, event.manychat_id);
    const context: CommandContext = {
      tenantId: event.tenant_id,
      actor: { type: 'webhook', id: event.id, name: `manychat ${event.type}` },
      requestId: event.request_id,
    };
    switch (event.type) {
      case 'contact':
        await this.applyContact(context, event);
        break;
      case 'crm-opportunity':
        await this.applyCrmOpportunity(context, event);
        break;
      case 'campaign-assignment':
        await this.applyCampaignAssignment(context, event);
        break;
    }
    await this.inbox.markProcessed(event);
  }

  async failed(delivered: DeliveredEvent, error: unknown, final: boolean): Promise<void> {
    await this.inbox.recordFailure(delivered.tenantId, delivered.aggregateId, error, final);
  }

  private async applyContact(context: CommandContext, event: InboxRow): Promise<void> {
    if (await this.inbox.newerProcessed(event, CONTACT_DATA_STREAMS)) return;
    const body = withoutMergeTags(event.payload) as unknown as ContactEventBody;
    await this.upsertContact(context, body.manychat_id, {
      firstName: body.nombre_lead,
      lastName: body.apellido_lead,
      phone: body.whatsapp,
      email: body.email_lead,
      subscribedAt: body.datetime_suscripcion === undefined ? undefined : new Date(body.datetime_suscripcion),
      lastState: body.ultimo_estado,
      initialState: body.estado_inicial,
    });
  }

  private async applyCrmOpportunity(context: CommandContext, event: InboxRow): Promise<void> {
    const body = withoutMergeTags(event.payload) as unknown as CrmOpportunityEventBody;
    const contactDataIsStale = await this.inbox.newerProcessed(event, CONTACT_DATA_STREAMS);
    const contactId = await this.upsertContact(context, body.manychat_id, contactDataIsStale ? {} : {
      firstName: body.first_name,
      lastName: body.last_name,
      phone: body.phone,
    });
    if (await this.inbox.newerProcessed(event, ['crm-opportunity'])) return;
    await this.commands.execute(new PlaceContactInOdooStageCommand(context, {
      contactId,
      odooStageId: body.state.stage_id,
      reason: body.state.summary ?? null,
      source: 'manychat',
    }));
  }

  /** The contact is created bare when the assignment arrives before its contact event. */
  private async applyCampaignAssignment(context: CommandContext, event: InboxRow): Promise<void> {
    if (await this.inbox.newerProcessed(event, [event.stream])) return;
    const body = withoutMergeTags(event.payload) as unknown as CampaignAssignmentEventBody;
    const contactId = await this.upsertContact(context, body.manychat_id, {});
    await this.commands.execute(new RecordCampaignAssignmentCommand(context, {
      contactId,
      campaignExternalId: String(body.campaign_id),
      commercialAdvisorExternalId: externalId(body.comercial_id),
      medicalAdvisorExternalId: externalId(body.medico_id),
      assignedAt: new Date(body.datetime_actual),
      lastState: body.ultimo_estado ?? null,
      summary: body.summary ?? null,
      assignmentType: body.tipo_asignacion ?? null,
    }));
  }

  private async upsertContact(
    context: CommandContext,
    manychatId: string,
    details: Omit<ContactDetails, 'manychatId'>,
  ): Promise<string> {
    const { contact } = await this.commands.execute(new UpsertContactByManychatIdCommand(context, manychatId, details));
    return contact.snapshot.id;
  }
}
