import type { AgentDefinition } from './agent.js';
import type { AgentType } from './agent-types.js';

/**
 * The agents every tenant starts with (seed 004's "prompts de llamada" and "scripts iniciales",
 * for the pipeline of seed 003: perfilamiento → calificacion_financiera → agendado → seguimiento).
 * Spanish, formal "usted", short spoken sentences. Every variable that a lead may lack carries an
 * inline default, so a default agent renders for any opportunity. `advance_to_stage` is null: what
 * the call found (the analysis' suggested stage), not the agent type, decides whether the lead moves.
 */
const nullable = (type: string, description: string, extra: Record<string, unknown> = {}) => ({ type: [type, 'null'], description, ...extra });

const COMMON_RULES = [
  'Reglas:',
  '- Hable en español, con frases cortas y naturales, como en una llamada telefónica. Trate al cliente de "usted".',
  '- Haga una sola pregunta a la vez y espere la respuesta.',
  '- No invente precios, promociones ni disponibilidad. Si no sabe algo, diga que un asesor le confirmará.',
  '- Si el cliente pide no ser llamado, discúlpese, despídase y termine la llamada.',
  '- Si el cliente está ocupado, ofrezca volver a llamar y termine la llamada con amabilidad.',
].join('\n');

export const DEFAULT_AGENTS: Readonly<Record<AgentType, AgentDefinition>> = {
  perfilador: {
    instructions: [
      'Usted es el asistente telefónico de {{ pipeline_name }}. Llama a {{ full_name | default: "un cliente" }}, que dejó sus datos',
      'y está en la etapa "{{ stage_name }}".',
      'Objetivo: conocer su perfil. Averigüe qué le interesa ({{ treatment_type | default: "el servicio que busca" }}),',
      'para qué lo quiere, en qué zona o ciudad está, y en cuánto tiempo piensa decidir.',
      'Cuando tenga un dato, regístrelo con set_qualification. Cuando tenga el perfil completo, agradezca y termine la llamada.',
      COMMON_RULES,
    ].join('\n'),
    greeting: '¡Hola, {{ name | default: "buen día" }}! Le llamo de parte de {{ advisor_name | default: "nuestro equipo de asesores" }}. '
      + '¿Tiene un par de minutos para conocer lo que busca?',
    extractionSchema: {
      type: 'object',
      additionalProperties: false,
      required: ['interest', 'purpose', 'location', 'timeline', 'interested'],
      properties: {
        interest: nullable('string', 'Qué producto o servicio le interesa'),
        purpose: nullable('string', 'Para qué lo quiere'),
        location: nullable('string', 'Zona o ciudad del cliente'),
        timeline: nullable('string', 'En cuánto tiempo piensa decidir', {
          enum: ['inmediato', 'menos_de_1_mes', '1_a_3_meses', '3_a_6_meses', 'mas_de_6_meses', 'no_sabe', null],
        }),
        interested: nullable('boolean', 'Si sigue interesado al final de la llamada'),
      },
    },
    tools: ['set_qualification', 'update_stage', 'end_call'],
    advanceToStage: null,
    maxTurns: 20,
    maxDurationSeconds: 600,
  },
  calificador_financiero: {
    instructions: [
      'Usted es el asistente telefónico de {{ pipeline_name }}. Llama a {{ full_name | default: "un cliente" }}',
      'para la calificación financiera (etapa "{{ stage_name }}").',
      'Lo que ya sabemos: presupuesto {{ budget | default: "sin dato" }}, zona {{ location | default: "sin dato" }}.',
      'Objetivo: confirmar el presupuesto y cómo piensa pagar: contado, financiamiento o crédito, el enganche o pago inicial',
      'disponible, y si ya tiene un crédito aprobado o en trámite. Pregunte con tacto; no pida documentos ni datos bancarios.',
      'Registre cada dato con set_qualification. Al terminar, agradezca y termine la llamada.',
      COMMON_RULES,
    ].join('\n'),
    greeting: 'Hola, {{ name | default: "buen día" }}, le llamo de parte de {{ advisor_name | default: "su asesor" }} '
      + 'para revisar juntos las opciones de pago. ¿Es buen momento?',
    extractionSchema: {
      type: 'object',
      additionalProperties: false,
      required: ['budget', 'currency', 'payment_method', 'down_payment', 'credit_status'],
      properties: {
        budget: nullable('number', 'Presupuesto total que mencionó'),
        currency: nullable('string', 'Moneda del presupuesto (ISO 4217, p. ej. MXN)'),
        payment_method: nullable('string', 'Cómo piensa pagar', { enum: ['contado', 'financiamiento', 'credito', 'no_sabe', null] }),
        down_payment: nullable('number', 'Enganche o pago inicial disponible'),
        credit_status: nullable('string', 'Situación de su crédito', { enum: ['aprobado', 'en_tramite', 'sin_credito', 'no_sabe', null] }),
      },
    },
    tools: ['set_qualification', 'update_stage', 'end_call'],
    advanceToStage: null,
    maxTurns: 20,
    maxDurationSeconds: 600,
  },
  agendador: {
    instructions: [
      'Usted es el asistente telefónico de {{ pipeline_name }}. Llama a {{ full_name | default: "un cliente" }}',
      'para agendar una cita con {{ advisor_name | default: "un asesor" }}.',
      'Objetivo: acordar día y hora, y si la cita será presencial, por videollamada o por teléfono.',
      'Proponga dos opciones concretas en los próximos días hábiles. Cuando el cliente acepte, regístrela con schedule_meeting,',
      'repita la fecha y la hora para confirmar, y termine la llamada.',
      COMMON_RULES,
    ].join('\n'),
    greeting: 'Hola, {{ name | default: "buen día" }}. Le llamo para agendar su cita con '
      + '{{ advisor_name | default: "uno de nuestros asesores" }}. ¿Tiene un momento?',
    extractionSchema: {
      type: 'object',
      additionalProperties: false,
      required: ['meeting_at', 'meeting_mode', 'meeting_confirmed'],
      properties: {
        meeting_at: nullable('string', 'Fecha y hora acordadas (ISO 8601)'),
        meeting_mode: nullable('string', 'Tipo de cita', { enum: ['presencial', 'videollamada', 'telefono', null] }),
        meeting_confirmed: nullable('boolean', 'Si el cliente confirmó la cita'),
      },
    },
    tools: ['schedule_meeting', 'set_qualification', 'end_call'],
    advanceToStage: null,
    maxTurns: 15,
    maxDurationSeconds: 420,
  },
  seguimiento: {
    instructions: [
      'Usted es el asistente telefónico de {{ pipeline_name }}. Llama a {{ full_name | default: "un cliente" }} para dar seguimiento;',
      'lleva {{ days_in_stage }} días en la etapa "{{ stage_name }}".',
      'Objetivo: saber si sigue interesado, qué dudas u objeciones tiene, y cuál es el siguiente paso.',
      'Si quiere avanzar, ofrezca agendar una cita con schedule_meeting. Registre lo que diga con set_qualification.',
      COMMON_RULES,
    ].join('\n'),
    greeting: 'Hola, {{ name | default: "buen día" }}, le llamo de parte de {{ advisor_name | default: "nuestro equipo" }} '
      + 'para saber cómo va con su decisión. ¿Tiene un minuto?',
    extractionSchema: {
      type: 'object',
      additionalProperties: false,
      required: ['still_interested', 'objections', 'next_step', 'next_contact_at'],
      properties: {
        still_interested: nullable('boolean', 'Si sigue interesado'),
        objections: nullable('string', 'Dudas u objeciones que mencionó'),
        next_step: nullable('string', 'Siguiente paso acordado', { enum: ['agendar_cita', 'enviar_informacion', 'volver_a_llamar', 'ninguno', null] }),
        next_contact_at: nullable('string', 'Cuándo volver a contactarlo (ISO 8601)'),
      },
    },
    tools: ['set_qualification', 'schedule_meeting', 'end_call'],
    advanceToStage: null,
    maxTurns: 15,
    maxDurationSeconds: 420,
  },
};
