import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined, IsEmail, IsInt, IsISO8601, IsObject, IsOptional, IsString, Matches, MaxLength, Min, ValidateBy,
  ValidateNested, type ValidationOptions,
} from 'class-validator';
import { MANYCHAT_EVENT_STATUSES, MANYCHAT_EVENT_TYPES, type ExternalId } from '@leadline/manychat';

// Contract §8 bodies, field names as ManyChat flows send them. Every listed field is required
// except the contact's email_lead. An unresolved merge tag ("{{cuf_123}}") or a blank string has
// been removed before these run, so it counts as missing.

const MISSING = '$property is required (an unresolved ManyChat merge tag or an empty value counts as missing)';
const Required = () => IsDefined({ message: MISSING });
const Text = (max = 200) => [IsString(), MaxLength(max)];
const Optional = (...decorators: PropertyDecorator[]) => (target: object, key: string | symbol) =>
  [IsOptional(), ...decorators].forEach((decorator) => decorator(target, key));
const Mandatory = (...decorators: PropertyDecorator[]) => (target: object, key: string | symbol) =>
  [Required(), ...decorators].forEach((decorator) => decorator(target, key));
const Timestamp = () => IsISO8601({ strict: true }, { message: '$property must be an ISO-8601 date-time' });

/** ManyChat ids travel as strings ("700") or numbers (85), depending on how the flow templated them. */
function IsExternalId(options?: ValidationOptions) {
  return ValidateBy({
    name: 'isExternalId',
    validator: {
      validate: (value: unknown) =>
        (typeof value === 'string' && /^[\w.:-]{1,64}$/.test(value)) ||
        (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0),
      defaultMessage: () => '$property must be a ManyChat id: a non-negative integer or a string of letters, digits, _ . : -',
    },
  }, options);
}

export const MANYCHAT_ID = { example: '1234567890123456', description: 'ManyChat subscriber id ({{user_id}}), kept as a string' };
/** The one rule for a ManyChat subscriber id, wherever ManyChat sends one. */
export const ManychatId = () => Mandatory(IsString(), Matches(/^[\w.:-]{1,64}$/, { message: '$property must be 1-64 letters, digits, _ . : -' }));
const EXTERNAL_ID = { oneOf: [{ type: 'string' }, { type: 'integer', minimum: 0 }] };

export class ContactWebhookBody {
  @ApiProperty(MANYCHAT_ID) @ManychatId() manychat_id!: string;
  @ApiProperty({ example: 'Ana' }) @Mandatory(...Text()) nombre_lead!: string;
  @ApiProperty({ example: 'García' }) @Mandatory(...Text()) apellido_lead!: string;
  @ApiProperty({ example: '+521234567891', description: 'Normalised to E.164 (MX by default); an invalid number → 400' })
  @Mandatory(...Text(40)) whatsapp!: string;
  @ApiPropertyOptional({ example: 'ana@example.com', description: 'The only optional field (contract §8)' })
  @Optional(IsEmail(), MaxLength(320)) email_lead?: string;
  @ApiProperty({ example: '2025-06-10T10:00:00Z' }) @Mandatory(Timestamp()) datetime_suscripcion!: string;
  @ApiProperty({ example: '2025-06-10T10:05:00Z', description: 'When ManyChat sent it: an older event never overwrites a newer one' })
  @Mandatory(Timestamp()) datetime_actual!: string;
  @ApiProperty({ example: 'Nuevo Lead' }) @Mandatory(...Text()) ultimo_estado!: string;
  @ApiProperty({ example: 'Facebook', description: 'Kept in the stored event' }) @Mandatory(...Text()) canal_entrada!: string;
  @ApiProperty({ example: 'Nuevo' }) @Mandatory(...Text()) estado_inicial!: string;
}

export class CampaignAssignmentWebhookBody {
  @ApiProperty(MANYCHAT_ID) @ManychatId() manychat_id!: string;
  @ApiProperty({ ...EXTERNAL_ID, example: 85, description: 'ManyChat-side campaign id (a campaign external_id)' })
  @Mandatory(IsExternalId()) campaign_id!: ExternalId;
  @ApiProperty({ ...EXTERNAL_ID, example: '700', description: 'Commercial advisor external_id' })
  @Mandatory(IsExternalId()) comercial_id!: ExternalId;
  @ApiProperty({ ...EXTERNAL_ID, example: '101', description: 'Medical advisor external_id' })
  @Mandatory(IsExternalId()) medico_id!: ExternalId;
  @ApiProperty({ example: '2025-06-10T10:10:00Z' }) @Mandatory(Timestamp()) datetime_actual!: string;
  @ApiProperty({ example: 'Asignado a campaña' }) @Mandatory(...Text()) ultimo_estado!: string;
  @ApiProperty({ example: 'medico' }) @Mandatory(...Text()) tipo_asignacion!: string;
  @ApiProperty({ example: 'El cliente preguntó por el producto X.' }) @Mandatory(...Text(10_000)) summary!: string;
}

export class CrmStateBody {
  @ApiProperty({ example: 17, description: 'Odoo CRM stage id a pipeline stage maps (16 … 26 in the manychat_odoo template)' })
  @Mandatory(IsInt(), Min(1)) stage_id!: number;
  @ApiProperty({ example: 'Pidió cotización' }) @Mandatory(...Text(10_000)) summary!: string;
  @ApiProperty({ example: '2025-07-11T17:14:31.220Z', description: 'When the lead entered the stage; orders the events' })
  @Mandatory(Timestamp()) date!: string;
}

export class CrmOpportunityWebhookBody {
  @ApiProperty(MANYCHAT_ID) @ManychatId() manychat_id!: string;
  @ApiProperty({ example: 'Ana' }) @Mandatory(...Text()) first_name!: string;
  @ApiProperty({ example: 'García' }) @Mandatory(...Text()) last_name!: string;
  @ApiProperty({ example: '+521234567891' }) @Mandatory(...Text(40)) phone!: string;
  @ApiProperty({ example: 'WhatsApp', description: 'Kept in the stored event' }) @Mandatory(...Text()) channel!: string;
  @ApiProperty({ example: '2025-07-11T17:14:31.220Z' }) @Mandatory(Timestamp()) entry_date!: string;
  @ApiProperty({ ...EXTERNAL_ID, example: 0, description: 'Kept in the stored event' })
  @Mandatory(IsExternalId()) medical_advisor_id!: ExternalId;
  @ApiProperty({ ...EXTERNAL_ID, example: 0, description: 'Kept in the stored event' })
  @Mandatory(IsExternalId()) commercial_advisor_id!: ExternalId;
  @ApiProperty({ type: CrmStateBody })
  @Mandatory(IsObject(), ValidateNested()) @Type(() => CrmStateBody) state!: CrmStateBody;
}

export class ManychatAcceptedView {
  @ApiProperty({ format: 'uuid', description: 'The same id for the same body sent again' }) event_id!: string;
  @ApiProperty({ enum: MANYCHAT_EVENT_STATUSES, example: 'queued', description: 'queued for a new event; a repeat shows where the first one is' })
  status!: string;
}

export class ManychatEventView {
  @ApiProperty({ format: 'uuid' }) event_id!: string;
  @ApiProperty({ enum: MANYCHAT_EVENT_TYPES }) type!: string;
  @ApiProperty({
    enum: MANYCHAT_EVENT_STATUSES,
    description: 'queued → processed; failed = will be retried (see last_error); dead = refused by a rule or out of retries, waiting in the dead letters',
  })
  status!: string;
  @ApiProperty({ example: 1, description: 'Processing attempts so far' }) attempts!: number;
  @ApiProperty({ nullable: true, type: String, example: null }) last_error!: string | null;
  @ApiProperty({ format: 'date-time' }) received_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) processed_at!: string | null;
}
