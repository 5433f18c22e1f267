import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined, IsEmail, IsInt, IsISO8601, IsObject, IsOptional, IsString, Matches, MaxLength, Min, ValidateBy,
  ValidateNested, type ValidationOptions,
} from 'class-validator';
import { MANYCHAT_EVENT_STATUSES, MANYCHAT_EVENT_TYPES, type ExternalId } from '@leadline/manychat';

// Contract §8 bodies, field names as ManyChat flows send them. An unresolved merge tag
// ("{{cuf_123}}") or a blank string has been removed before these run, so it counts as missing.

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

const MANYCHAT_ID = { example: '1234567890123456', description: 'ManyChat subscriber id ({{user_id}}), kept as a string' };
const ManychatId = () => Mandatory(IsString(), Matches(/^[\w.:-]{1,64}$/, { message: '$property must be 1-64 letters, digits, _ . : -' }));
const EXTERNAL_ID = { oneOf: [{ type: 'string' }, { type: 'integer', minimum: 0 }] };

export class ContactWebhookBody {
  @ApiProperty(MANYCHAT_ID) @ManychatId() manychat_id!: string;
  @ApiProperty({ example: 'Ana' }) @Mandatory(...Text()) nombre_lead!: string;
  @ApiPropertyOptional({ example: 'García' }) @Optional(...Text()) apellido_lead?: string;
  @ApiPropertyOptional({ example: '+521234567891', description: 'Normalised to E.164 (MX by default); an invalid number → 400' })
  @Optional(...Text(40)) whatsapp?: string;
  @ApiPropertyOptional({ example: 'ana@example.com' }) @Optional(IsEmail(), MaxLength(320)) email_lead?: string;
  @ApiPropertyOptional({ example: '2025-06-10T10:00:00Z' }) @Optional(Timestamp()) datetime_suscripcion?: string;
  @ApiProperty({ example: '2025-06-10T10:05:00Z', description: 'When ManyChat sent it: an older event never overwrites a newer one' })
  @Mandatory(Timestamp()) datetime_actual!: string;
  @ApiPropertyOptional({ example: 'Nuevo Lead' }) @Optional(...Text()) ultimo_estado?: string;
  @ApiPropertyOptional({ example: 'Facebook', description: 'Kept in the stored event' }) @Optional(...Text()) canal_entrada?: string;
  @ApiPropertyOptional({ example: 'Nuevo' }) @Optional(...Text()) estado_inicial?: string;
}

export class CampaignAssignmentWebhookBody {
  @ApiProperty(MANYCHAT_ID) @ManychatId() manychat_id!: string;
  @ApiProperty({ ...EXTERNAL_ID, example: 85, description: 'ManyChat-side campaign id (a campaign external_id)' })
  @Mandatory(IsExternalId()) campaign_id!: ExternalId;
  @ApiPropertyOptional({ ...EXTERNAL_ID, example: '700', nullable: true, description: 'Commercial advisor external_id' })
  @Optional(IsExternalId()) comercial_id?: ExternalId | null;
  @ApiPropertyOptional({ ...EXTERNAL_ID, example: '101', nullable: true, description: 'Medical advisor external_id' })
  @Optional(IsExternalId()) medico_id?: ExternalId | null;
  @ApiProperty({ example: '2025-06-10T10:10:00Z' }) @Mandatory(Timestamp()) datetime_actual!: string;
  @ApiPropertyOptional({ example: 'Asignado a campaña' }) @Optional(...Text()) ultimo_estado?: string;
  @ApiPropertyOptional({ example: 'medico' }) @Optional(...Text()) tipo_asignacion?: string;
  @ApiPropertyOptional({ example: 'El cliente preguntó por el producto X.' }) @Optional(...Text(10_000)) summary?: string;
}

export class CrmStateBody {
  @ApiProperty({ example: 17, description: 'Odoo CRM stage id a pipeline stage maps (16 … 26 in the manychat_odoo template)' })
  @Mandatory(IsInt(), Min(1)) stage_id!: number;
  @ApiPropertyOptional({ example: 'Pidió cotización' }) @Optional(...Text(10_000)) summary?: string;
  @ApiProperty({ example: '2025-07-11T17:14:31.220Z', description: 'When the lead entered the stage; orders the events' })
  @Mandatory(Timestamp()) date!: string;
}

export class CrmOpportunityWebhookBody {
  @ApiProperty(MANYCHAT_ID) @ManychatId() manychat_id!: string;
  @ApiPropertyOptional({ example: 'Ana' }) @Optional(...Text()) first_name?: string;
  @ApiPropertyOptional({ example: 'García' }) @Optional(...Text()) last_name?: string;
  @ApiPropertyOptional({ example: '+521234567891' }) @Optional(...Text(40)) phone?: string;
  @ApiPropertyOptional({ example: 'WhatsApp', description: 'Kept in the stored event' }) @Optional(...Text()) channel?: string;
  @ApiPropertyOptional({ example: '2025-07-11T17:14:31.220Z' }) @Optional(Timestamp()) entry_date?: string;
  @ApiPropertyOptional({ ...EXTERNAL_ID, example: 0, nullable: true, description: 'Kept in the stored event' })
  @Optional(IsExternalId()) medical_advisor_id?: ExternalId | null;
  @ApiPropertyOptional({ ...EXTERNAL_ID, example: 0, nullable: true, description: 'Kept in the stored event' })
  @Optional(IsExternalId()) commercial_advisor_id?: ExternalId | null;
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
