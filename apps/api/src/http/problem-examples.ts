import type { ErrorCode } from './error-codes.js';

/** What the OpenAPI document shows for one error code: a detail as the API words it, and its extension members. */
export interface ProblemExample {
  readonly detail: string;
  readonly errors?: readonly { field: string; message: string }[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

const ID = '0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b';

/**
 * One example per error code, keyed by the same union as STATUS_BY_CODE: a code added to the map
 * does not compile until it has its example here, so Swagger UI shows every code an operation lists.
 */
export const PROBLEM_EXAMPLES: Record<ErrorCode, ProblemExample> = {
  'resource.not_found': { detail: `contact ${ID} was not found`, extensions: { resource: 'contact', id: ID } },
  'resource.stale_version': {
    detail: `opportunity ${ID} was changed by someone else; reload it and retry`,
    extensions: { resource: 'opportunity', id: ID },
  },
  'request.invalid': { detail: 'The request is invalid', errors: [{ field: 'phone', message: 'phone is not a valid phone number' }] },
  'contact.duplicate': {
    detail: 'A contact with this phone already exists',
    extensions: { existing_id: ID },
  },
  'contact.has_opportunities': {
    detail: 'The contact still has 1 opportunity; delete those first',
    extensions: { contact_id: ID },
  },
  'contact.unknown': { detail: `Contact ${ID} does not exist`, extensions: { contact_id: ID } },
  'pipeline.invalid': { detail: 'initial_stage "entrada" is not one of the stages' },
  'pipeline.unknown': { detail: `Pipeline ${ID} does not exist`, extensions: { pipeline_id: ID } },
  'pipeline.stage_in_use': {
    detail: 'Opportunities are in stage(s) seguimiento; move them before removing or renaming those stages',
    extensions: { stages: ['seguimiento'] },
  },
  'pipeline.rule_invalid': {
    detail: 'stage "perfilamiento": auto_advance.to "demo" is not a stage of this pipeline; its stages are agent_initial, perfilamiento, ganado, perdido',
    extensions: { stage: 'perfilamiento' },
  },
  'scoring.model_invalid': { detail: 'rules[2].when is not a JsonLogic rule: rule uses the unknown operator "frobnicate"' },
  'opportunity.stage_not_in_pipeline': {
    detail: 'Stage "demo" is not in this opportunity\'s pipeline; its stages are agent_initial, perfilamiento, ' +
      'calificacion_financiera, agendado, seguimiento, referidos, ganado, perdido',
    extensions: {
      stage: 'demo',
      pipeline_id: ID,
      stages: ['agent_initial', 'perfilamiento', 'calificacion_financiera', 'agendado', 'seguimiento', 'referidos', 'ganado', 'perdido'],
    },
  },
  'opportunity.stage_not_forward': {
    detail: 'Stage "perfilamiento" is not an open stage after "agendado": this move only goes forward, never to won or lost',
    extensions: { stage: 'perfilamiento', current_stage: 'agendado' },
  },
  'opportunity.invalid_status_transition': {
    detail: 'An opportunity cannot go from contacted to pending',
    extensions: { from: 'contacted', to: 'pending' },
  },
  'opportunity.corrupt': { detail: 'The server could not complete the request' },
  'opportunity.unknown': { detail: `Opportunity ${ID} does not exist`, extensions: { opportunity_id: ID } },
  'activity.opportunity_not_of_contact': {
    detail: `Opportunity ${ID} is not an opportunity of contact ${ID}`,
    extensions: { opportunity_id: ID, contact_id: ID },
  },
  'activity.invalid_status_transition': {
    detail: 'An activity cannot go from done to planned: planned → done or cancelled, never back',
    extensions: { from: 'done', to: 'planned' },
  },
  'pipeline.odoo_stage_unmapped': { detail: 'No pipeline of this tenant maps Odoo stage 27' },
  'tenant.slug_taken': { detail: 'The slug "agencia-norte" is taken', extensions: { slug: 'agencia-norte' } },
  'api_key.last_admin': { detail: 'This is the last admin key of the tenant; issue another admin key first' },
  'auth.unauthenticated': { detail: 'An API key is required (X-API-Key or Authorization: Bearer)' },
  'auth.forbidden': { detail: 'This needs a key with role admin' },
  'integration.secrets_key_missing': {
    detail: 'SECRETS_KEY is not configured on this server, so provider credentials cannot be stored or read',
  },
  'dead_letter.already_replayed': {
    detail: `Dead letter ${ID} was already replayed; a new failure shows as a new dead letter`,
    extensions: { replayed_at: '2025-06-10T10:05:00.000Z' },
  },
  'dead_letter.not_replayable': { detail: `The event ${ID} of this dead letter no longer exists` },
  'call.duplicate': {
    detail: 'A zadarma call with external_call_id out_4f1c2d3e4b5a already exists',
    extensions: { existing_id: ID },
  },
  'call.contact_unknown': { detail: `Contact ${ID} does not exist`, extensions: { entity_id: ID } },
  'call.corrupt': { detail: 'The server could not complete the request' },
  'telephony.provider_not_configured': {
    detail: 'No twilio connection is configured for this tenant: PUT /api/v1/integrations/twilio first',
    extensions: { provider: 'twilio' },
  },
  'telephony.provider_rejected': {
    detail: "twilio refused the request: The 'To' number +5255123 is not a valid phone number.",
    extensions: { provider: 'twilio', provider_code: 21211 },
  },
  'telephony.provider_unavailable': {
    detail: 'twilio is unavailable: connect ECONNREFUSED',
    extensions: { provider: 'twilio', provider_code: null },
  },
  'telephony.contact_without_phone': {
    detail: `Contact ${ID} has no phone number to call`,
    extensions: { contact_id: ID },
  },
  'telephony.opportunity_not_of_contact': { detail: `Opportunity ${ID} is not an opportunity of contact ${ID}` },
  'telephony.zadarma_signature_invalid': { detail: 'The Signature header does not match this notification' },
  'telephony.twilio_signature_invalid': { detail: 'The X-Twilio-Signature header does not match this request' },
  'telephony.notification_invalid': { detail: 'duration must be a whole number of seconds', extensions: { field: 'duration' } },
  'telephony.recording_email_invalid': { detail: 'The e-mail carries no audio attachment' },
  'odoo.auth_failed': { detail: 'Odoo denied access: Access Denied (check the username and API key)', extensions: { odoo_error: 'odoo.exceptions.AccessDenied' } },
  'odoo.rejected': { detail: 'https://acme.odoo.com/jsonrpc did not answer with JSON-RPC: is the URL an Odoo 16–18 server?' },
  'odoo.unavailable': { detail: 'Odoo is unavailable; retry shortly' },
  'odoo.stages_missing': {
    detail: 'Odoo database "acme" has no crm.stage with id 26, which this tenant\'s pipelines map',
    extensions: { missing_stage_ids: [26] },
  },
  'odoo.sync_in_progress': {
    detail: `Another sync of opportunity ${ID} is in progress; this one will run after it`,
  },
  'odoo.not_configured': { detail: 'This tenant has no Odoo connection: PUT /api/v1/integrations/odoo first' },
  'odoo.unknown_opportunities': {
    detail: `No opportunity ${ID} in this tenant`,
    extensions: { unknown_opportunity_ids: [ID] },
  },
  'route.not_found': { detail: 'No such route' },
  'request.too_large': { detail: 'Request bodies are limited to 1048576 bytes' },
  'request.unsupported_media_type': { detail: 'Request bodies must be application/json' },
  'request.malformed_json': { detail: 'The body is not valid JSON' },
  'idempotency.key_reused': { detail: 'This Idempotency-Key was used with a different request' },
  'idempotency.in_progress': { detail: 'A request with this Idempotency-Key is still running' },
  'rate_limit.exceeded': { detail: 'This API key made more than 600 requests in the last minute; retry in 7 s (Retry-After)' },
  'dependency.unavailable': { detail: 'The database is unavailable; retry shortly' },
  internal: { detail: 'The server could not complete the request' },
  'channel.in_use': { detail: 'Campaigns or contacts still use this channel', extensions: { channel_id: ID } },
  'advisor.duplicate': {
    detail: 'A medical advisor with external_id 101 already exists',
    extensions: { field: 'external_id', existing_id: ID },
  },
  'advisor.in_use': { detail: 'Campaign members or opportunities are assigned to this advisor', extensions: { advisor_id: ID } },
  'campaign.duplicate': { detail: 'A campaign with external_id 85 already exists', extensions: { existing_id: ID } },
  'campaign.channel_unknown': { detail: `Channel ${ID} does not exist`, extensions: { channel_id: ID } },
  'campaign.invalid_status_transition': {
    detail: 'A campaign cannot go from completed to active',
    extensions: { from: 'completed', to: 'active' },
  },
  'campaign.has_members': { detail: 'The campaign still has members; remove them first', extensions: { campaign_id: ID } },
  'campaign_member.duplicate': { detail: 'The contact is already a member of this campaign', extensions: { existing_id: ID } },
  'campaign_member.contact_unknown': { detail: `Contact ${ID} does not exist`, extensions: { contact_id: ID } },
  'campaign_member.advisor_unknown': { detail: `Advisor ${ID} does not exist`, extensions: { advisor_id: ID } },
  'campaign.trigger_invalid': {
    detail: 'trigger_condition does not fit trigger lead_score: min must not be greater than max',
    extensions: { field: 'trigger_condition', trigger: 'lead_score' },
  },
  'campaign.stage_unknown': {
    detail: `Stage(s) demo are not in pipeline ${ID}; its stages are agent_initial, perfilamiento, ganado, perdido`,
    extensions: { stages: ['demo'], pipeline_id: ID },
  },
  'campaign.pipeline_unknown': { detail: `Pipeline ${ID} does not exist`, extensions: { pipeline_id: ID } },
  'campaign.step_invalid': { detail: 'template_id: send_message needs a template_id', extensions: { field: 'template_id' } },
  'campaign.template_unknown': { detail: `Template ${ID} does not exist`, extensions: { template_id: ID } },
  'campaign.template_channel_mismatch': {
    detail: `Template ${ID} is a email template; the step sends on telegram`,
    extensions: { template_id: ID, template_channel: 'email', step_channel: 'telegram' },
  },
  'channel.unknown': { detail: `Channel ${ID} does not exist`, extensions: { channel_id: ID } },
  'advisor.unknown': { detail: `Advisor ${ID} does not exist`, extensions: { assigned_advisor_id: ID } },
  'template.invalid_syntax': {
    detail: 'content has a Liquid syntax error at line 1, column 6: output "{{ name" not closed',
    extensions: { part: 'content', line: 1, column: 6 },
  },
  'template.missing_variable': {
    detail: 'No value and no default for budget, location: the message is not sent with a hole in it',
    extensions: { variables: ['budget', 'location'] },
  },
  'template.too_long': {
    detail: 'The rendered text has 1130 characters; whatsapp takes at most 1024',
    extensions: { channel: 'whatsapp', length: 1130, limit: 1024 },
  },
  'template.in_use': { detail: 'Campaign steps use this template; change them first', extensions: { template_id: ID } },
  'message.contact_unknown': { detail: `Contact ${ID} does not exist`, extensions: { contact_id: ID } },
  'message.opportunity_unknown': { detail: `Opportunity ${ID} does not exist`, extensions: { opportunity_id: ID } },
  'campaign.not_active': { detail: 'The campaign is paused; only an active campaign enrolls leads', extensions: { campaign_status: 'paused' } },
  'campaign.already_applied': { detail: 'The lead already went through this campaign and its reentry is never', extensions: { enrollment_id: ID } },
  'campaign.opportunity_closed': { detail: 'The opportunity is won: closed leads are not enrolled', extensions: { opportunity_status: 'won' } },
  'campaign.enrollment_ended': { detail: 'The enrollment is already completed', extensions: { enrollment_status: 'completed' } },
  'message.template_unknown': { detail: `Template ${ID} does not exist`, extensions: { template_id: ID } },
  'message.channel_unreachable': { detail: 'The contact opted out of telegram', extensions: { channel: 'telegram', reason: 'opted_out' } },
  'whatsapp.outside_window': {
    detail: 'More than 24 hours since the lead last wrote on WhatsApp, and the template has no approved WhatsApp template to send instead',
    extensions: {},
  },
  'channel.not_configured': { detail: 'Connect email first: PUT /api/v1/integrations/email', extensions: { channel: 'email' } },
  'channel.credentials_rejected': { detail: 'The SMTP server refused the username and password', extensions: { channel: 'email' } },
  'channel.provider_unavailable': { detail: 'The SMTP server did not answer', extensions: { channel: 'email' } },
  'channel.webhook_signature_invalid': { detail: 'The webhook signature is missing or does not match: nothing was stored', extensions: { channel: 'whatsapp' } },
  'channel.verify_token_invalid': { detail: 'hub.verify_token does not match the saved verify_token', extensions: { channel: 'whatsapp' } },
  'message.inbound_email_invalid': { detail: 'The body is not an RFC 822 message with a From address', extensions: {} },
  'ai.not_configured': { detail: 'Connect a model server first: PUT /api/v1/integrations/ai', extensions: {} },
  'ai.credentials_rejected': { detail: 'The model server refused the api_key (401): Incorrect API key provided', extensions: { provider_status: 401 } },
  'ai.model_unavailable': { detail: 'The server at base_url does not serve model gpt-4o-mini (it answered 404: model not found)', extensions: { model: 'gpt-4o-mini' } },
  'ai.provider_unavailable': { detail: 'The model server did not answer within 30000 ms: try again later', extensions: {} },
  'ai.extraction_schema_invalid': {
    detail: 'extraction_schema is not a usable JSON Schema: the root must be {"type": "object", ...}',
    extensions: { problems: ['the root must be {"type": "object", ...}'] },
  },
  'ai.opportunity_unknown': { detail: `Opportunity ${ID} does not exist`, extensions: { opportunity_id: ID } },
  'ai.contact_without_opportunity': { detail: `Contact ${ID} has no opportunity: an AI call is rendered for a lead`, extensions: { contact_id: ID } },
  'ai.call_without_transcript': {
    detail: `Call ${ID} has no transcript to analyse: PUT /api/v1/crm/calls/${ID}/transcript first`, extensions: { call_id: ID },
  },
  'ai.call_in_progress': { detail: `Call ${ID} is an AI call still in progress: its transcript is being written by the call`, extensions: { call_id: ID } },
};
