import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { AGENT_TYPES, RENDERED_LENGTH_LIMITS, TEMPLATE_CHANNELS, type RenderOutcome, type TemplateState } from '@leadline/messaging';

/** The approved WhatsApp template a whatsapp template maps to, or null (inline: a nullable $ref is not expressible in OpenAPI 3.0). */
export const WHATSAPP_MAPPING_SCHEMA = {
  type: 'object',
  nullable: true,
  additionalProperties: false,
  required: ['template_name', 'language', 'parameters'],
  properties: {
    template_name: { type: 'string', example: 'seguimiento_cita', description: "The approved template's name: lowercase letters, digits and _" },
    language: { type: 'string', example: 'es_MX', description: "The approved template's language code" },
    parameters: {
      type: 'array', items: { type: 'string' }, example: ['first_name', 'advisor_name'],
      description: 'The variables whose values fill {{1}}, {{2}}, … of the approved template, in order',
    },
  },
} as ApiPropertyOptions;

interface WhatsappMappingView {
  template_name: string;
  language: string;
  parameters: string[];
}

export class TemplateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Bienvenida perfilador' }) name!: string;
  @ApiProperty({ enum: TEMPLATE_CHANNELS }) channel!: string;
  @ApiProperty({ enum: AGENT_TYPES, nullable: true, type: String }) agent_type!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'email only', example: null }) subject!: string | null;
  @ApiProperty({ example: 'Hola {{ name | default: "amigo" }}, soy {{ advisor_name }}. ¿Buscas en {{ location }}?' }) content!: string;
  @ApiProperty({
    type: 'object', additionalProperties: { type: 'string' }, example: { location: 'tu zona' },
    description: 'Text used when a variable has no value for a lead',
  })
  defaults!: Record<string, string>;
  @ApiProperty({
    type: [String], example: ['name', 'advisor_name', 'location'],
    description: 'Read-only: the variables subject and content use, in order of first use',
  })
  variables!: string[];
  @ApiProperty({ ...WHATSAPP_MAPPING_SCHEMA, description: 'whatsapp only: the approved template sent outside the 24-hour window' })
  whatsapp!: WhatsappMappingView | null;
  @ApiProperty({ example: 1, description: '1 on create, +1 on every PUT; each send records the version it rendered' }) version!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class PreviewView {
  @ApiProperty({ description: 'No variable missing and the text within the channel limit: a send would send exactly this' }) ok!: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'The rendered subject (email)', example: null }) subject!: string | null;
  @ApiProperty({
    nullable: true, type: String, example: 'Hola María, soy Laura. ¿Buscas en tu zona?',
    description: 'Null while a variable is missing: a text with a hole is never produced',
  })
  rendered!: string | null;
  @ApiProperty({ type: [String], example: ['location'], description: 'Variables that took a default, inline or from defaults' }) used_defaults!: string[];
  @ApiProperty({ type: [String], example: [], description: 'Variables with no value and no default: a send fails with template.missing_variable' })
  missing!: string[];
  @ApiProperty({ nullable: true, type: Number, example: 43, description: 'Characters of the rendered text (null when not rendered)' })
  length!: number | null;
  @ApiProperty({ example: RENDERED_LENGTH_LIMITS.telegram, description: "The channel's limit: telegram 4096, whatsapp 1024, email 100000, call 10000" })
  limit!: number;
}

export function presentTemplate(template: TemplateState) {
  return {
    id: template.id,
    name: template.name,
    channel: template.channel,
    agent_type: template.agentType,
    subject: template.subject,
    content: template.content,
    defaults: template.defaults,
    variables: template.variables,
    whatsapp: template.whatsapp === null ? null : {
      template_name: template.whatsapp.templateName,
      language: template.whatsapp.language,
      parameters: template.whatsapp.parameters,
    },
    version: template.version,
    created_at: template.createdAt.toISOString(),
    updated_at: template.updatedAt.toISOString(),
  };
}

export function presentPreview(outcome: RenderOutcome) {
  return {
    ok: outcome.ok,
    subject: outcome.subject,
    rendered: outcome.rendered,
    used_defaults: outcome.usedDefaults,
    missing: outcome.missing,
    length: outcome.length,
    limit: outcome.limit,
  };
}
