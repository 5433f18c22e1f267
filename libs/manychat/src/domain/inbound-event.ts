/** The outbox event that hands a stored webhook to the worker; its aggregate id is the event id. */
export const MANYCHAT_EVENT_RECEIVED = 'manychat.event_received';

/** The three External Requests a ManyChat flow sends us (contract §8). */
export const MANYCHAT_EVENT_TYPES = ['contact', 'campaign-assignment', 'crm-opportunity'] as const;
export type ManychatEventType = (typeof MANYCHAT_EVENT_TYPES)[number];

/** `dead`: refused by a business rule, or out of retries; it waits in dead_letters for a replay. */
export const MANYCHAT_EVENT_STATUSES = ['queued', 'processed', 'failed', 'dead'] as const;
export type ManychatEventStatus = (typeof MANYCHAT_EVENT_STATUSES)[number];

export interface ContactEventBody {
  manychat_id: string;
  nombre_lead: string;
  apellido_lead?: string;
  whatsapp?: string;
  email_lead?: string;
  datetime_suscripcion?: string;
  datetime_actual: string;
  ultimo_estado?: string;
  canal_entrada?: string;
  estado_inicial?: string;
}

export type ExternalId = string | number;

export interface CampaignAssignmentEventBody {
  manychat_id: string;
  campaign_id: ExternalId;
  comercial_id?: ExternalId | null;
  medico_id?: ExternalId | null;
  datetime_actual: string;
  ultimo_estado?: string;
  tipo_asignacion?: string;
  summary?: string;
}

export interface CrmOpportunityEventBody {
  manychat_id: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  channel?: string;
  entry_date?: string;
  medical_advisor_id?: ExternalId | null;
  commercial_advisor_id?: ExternalId | null;
  state: { stage_id: number; summary?: string; date: string };
}

export type ManychatEventBody = ContactEventBody | CampaignAssignmentEventBody | CrmOpportunityEventBody;

/**
 * ManyChat sends a variable it could not resolve as its literal placeholder ("{{cuf_8146798}}",
 * sometimes "${{…}}"), and an empty system field as "". Both mean "no value".
 */
const MERGE_TAG = /^\s*\$?\{\{[^{}]*\}\}\s*$/;

export function isMergeTag(value: unknown): boolean {
  return typeof value === 'string' && (MERGE_TAG.test(value) || value.trim() === '');
}

/** The body with every unresolved merge tag (and blank string) removed, at any depth. */
export function withoutMergeTags<T>(body: T): T {
  if (Array.isArray(body)) return body.filter((item) => !isMergeTag(item)).map(withoutMergeTags) as T;
  if (body === null || typeof body !== 'object') return body;
  return Object.fromEntries(
    Object.entries(body).filter(([, value]) => !isMergeTag(value)).map(([key, value]) => [key, withoutMergeTags(value)]),
  ) as T;
}

/**
 * Where an event sits in its contact's history. Events of one stream are applied in ManyChat's
 * order (its own timestamps), whatever order they arrive in: an older one never overwrites a newer.
 */
export interface EventOrdering {
  readonly manychatId: string;
  readonly stream: string;
  readonly occurredAt: Date;
}

export function orderingOf(type: ManychatEventType, body: ManychatEventBody): EventOrdering {
  switch (type) {
    case 'contact': {
      const contact = body as ContactEventBody;
      return { manychatId: contact.manychat_id, stream: 'contact', occurredAt: new Date(contact.datetime_actual) };
    }
    case 'crm-opportunity': {
      const opportunity = body as CrmOpportunityEventBody;
      return { manychatId: opportunity.manychat_id, stream: 'crm-opportunity', occurredAt: new Date(opportunity.state.date) };
    }
    case 'campaign-assignment': {
      const assignment = body as CampaignAssignmentEventBody;
      return {
        manychatId: assignment.manychat_id,
        stream: `campaign:${String(assignment.campaign_id)}`,
        occurredAt: new Date(assignment.datetime_actual),
      };
    }
  }
}

/** Streams that write the contact's own fields (name, phone): a newer one in either wins. */
export const CONTACT_DATA_STREAMS = ['contact', 'crm-opportunity'] as const;

/** A ManyChat id sent as a number or a string, as our external ids store it. */
export function externalId(value: ExternalId | null | undefined): string | null {
  return value === undefined || value === null ? null : String(value);
}
