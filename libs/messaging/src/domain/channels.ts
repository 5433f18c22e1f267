/** The channels a template is written for (contract §9); `call` is a script an agent or the AI reads. */
export const TEMPLATE_CHANNELS = ['telegram', 'whatsapp', 'email', 'call'] as const;
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

/** The channels a message travels on (everything but `call`). */
export const MESSAGE_CHANNELS = ['telegram', 'whatsapp', 'email'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/**
 * The longest rendered text each channel takes: Telegram's sendMessage refuses more than 4096
 * characters, a WhatsApp template body more than 1024; e-mail and call scripts are bounded by us.
 */
export const RENDERED_LENGTH_LIMITS: Readonly<Record<TemplateChannel, number>> = {
  telegram: 4096,
  whatsapp: 1024,
  email: 100_000,
  call: 10_000,
};

export const SUBJECT_MAX_LENGTH = 255;

/** Seed 003's agent types: which AI agent a template is written for. */
export const AGENT_TYPES = ['perfilador', 'calificador_financiero', 'agendador', 'seguimiento'] as const;
export type AgentType = (typeof AGENT_TYPES)[number];
