import twilio from 'twilio';

export interface RelayTwiml {
  /** `wss://…/api/v1/ai-calls/:call_id/relay`, no query string (the signed URL). */
  readonly url: string;
  readonly welcomeGreeting: string;
  readonly language: string;
  /** Per-call data, as `<Parameter>`s: Twilio hands them back in `setup.customParameters`. */
  readonly parameters: Readonly<Record<string, string>>;
}

/**
 * `<Response><Connect><ConversationRelay …><Parameter …/></ConversationRelay></Connect></Response>`
 * built with the SDK's VoiceResponse, so attribute names and XML escaping of a lead's name in the
 * greeting are Twilio's own. The attributes we rely on are set explicitly (the defaults are not
 * documented firmly, integrations-2 §4.2).
 */
export function conversationRelayTwiml(relay: RelayTwiml): string {
  const response = new twilio.twiml.VoiceResponse();
  const conversation = response.connect().conversationRelay({
    url: relay.url,
    welcomeGreeting: relay.welcomeGreeting,
    language: relay.language,
    interruptible: 'any',
    welcomeGreetingInterruptible: 'any',
    dtmfDetection: false,
  });
  for (const [name, value] of Object.entries(relay.parameters)) conversation.parameter({ name, value });
  return response.toString();
}
