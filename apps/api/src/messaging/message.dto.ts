import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MESSAGE_CHANNELS, TEMPLATE_CHANNELS, type MessageState } from '@leadline/messaging';
import { EXAMPLE_IDS, requestExamples } from '../http/openapi.js';

const STATUSES = ['queued', 'sent', 'delivered', 'read', 'failed', 'received'] as const;

/** Inline, not a $ref: a nullable $ref loses its null in OpenAPI 3.0. */
const MESSAGE_ERROR_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  nullable: true,
  properties: {
    code: {
      type: 'string', example: 'telegram.blocked',
      description: 'A provider refusal (telegram.blocked, whatsapp.undeliverable, email.recipient_rejected, …), message.channel_unreachable, ' +
        'whatsapp.outside_window, or outcome_unknown: the send was interrupted mid-call and is not repeated',
    },
    message: { type: 'string', example: 'Forbidden: bot was blocked by the user' },
  },
  required: ['code', 'message'],
};

/** A message sent or received on any channel (contract §9a). */
export class MessageView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contact_id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) opportunity_id!: string | null;
  @ApiProperty({ enum: ['outbound', 'inbound'] }) direction!: string;
  @ApiProperty({ enum: MESSAGE_CHANNELS }) channel!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Tu cotización' }) subject!: string | null;
  @ApiProperty({ example: 'Hola María, te escribe Laura.' }) body!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) template_id!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 3, description: 'The template version this message rendered' }) template_version!: number | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) campaign_id!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) enrollment_id!: string | null;

  @ApiProperty({
    enum: STATUSES,
    description: 'Outbound: queued → sent → delivered → read (as the provider reports), or failed. Inbound: received.',
  })
  status!: string;

  @ApiProperty({ nullable: true, type: String, example: 'wamid.HBgLNTI1NTEyMzQ1Njc4FQIAERgSQUJD', description: "The provider's id: Telegram chat:message, WhatsApp wamid, e-mail Message-ID" })
  provider_message_id!: string | null;

  @ApiProperty(MESSAGE_ERROR_SCHEMA) error!: { code: string; message: string } | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) sent_at!: string | null;
}

export function presentMessage(message: MessageState) {
  return {
    id: message.id,
    contact_id: message.contactId,
    opportunity_id: message.opportunityId,
    direction: message.direction,
    channel: message.channel,
    subject: message.subject,
    body: message.body,
    template_id: message.templateId,
    template_version: message.templateVersion,
    campaign_id: message.campaignId,
    enrollment_id: message.enrollmentId,
    // `sending` is the sender's claim, not a state a reader needs: it is still on its way.
    status: message.status === 'sending' ? 'queued' : message.status,
    provider_message_id: message.providerMessageId,
    error: message.error,
    created_at: message.createdAt.toISOString(),
    sent_at: message.sentAt?.toISOString() ?? null,
  };
}

export class SendMessageBody {
  @ApiProperty({ enum: MESSAGE_CHANNELS, example: 'email' })
  @IsIn(MESSAGE_CHANNELS)
  channel!: (typeof MESSAGE_CHANNELS)[number];

  @ApiPropertyOptional({ format: 'uuid', description: "A template of this channel, rendered with the lead's data (give template_id or body)" })
  @IsOptional() @IsUUID()
  template_id?: string;

  @ApiPropertyOptional({ example: 'Hola María, ¿te llamo mañana a las 10?', description: 'Free text, sent as written (give template_id or body)' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100_000)
  body?: string;

  @ApiPropertyOptional({ example: 'Tu cita de mañana', description: 'E-mail with body only: the subject line (a template brings its own)' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(255)
  subject?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "One of the contact's opportunities: the render context and the timeline it belongs to (default: the newest)" })
  @IsOptional() @IsUUID()
  opportunity_id?: string;
}

export const SEND_MESSAGE_EXAMPLES = requestExamples({
  email: {
    summary: 'A free-text e-mail',
    value: { channel: 'email', subject: 'Tu cita de mañana', body: 'Hola, ¿te llamo mañana a las 10?' },
  },
  opportunity: {
    summary: "A free-text e-mail about one of the contact's opportunities",
    value: { channel: 'email', subject: 'Seguimiento', body: 'Hola, te escribo por tu solicitud.', opportunity_id: EXAMPLE_IDS.opportunity },
  },
});

export class OptOutBody {
  @ApiProperty({ enum: TEMPLATE_CHANNELS, example: 'whatsapp' })
  @IsIn(TEMPLATE_CHANNELS)
  channel!: (typeof TEMPLATE_CHANNELS)[number];
}

export const OPT_OUT_EXAMPLES = requestExamples({
  whatsapp: { summary: 'The lead asked not to be written to on WhatsApp', value: { channel: 'whatsapp' } },
});
