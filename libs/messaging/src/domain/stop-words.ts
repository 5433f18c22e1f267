/** Contract §9a: a message whose whole text is one of these opts the lead out of the channel. */
export const STOP_WORDS = ['STOP', 'BAJA', 'ALTO', 'CANCELAR', 'UNSUBSCRIBE'] as const;

const STOP_WORD_SET = new Set<string>(STOP_WORDS);

/**
 * True when the whole text is a stop word, ignoring case, accents ("Bajá"), surrounding spaces and
 * punctuation ("¡ALTO!", "stop."). A sentence that merely contains one ("no me des de baja") is not.
 */
export function isStopWord(text: string): boolean {
  const word = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .toUpperCase();
  return STOP_WORD_SET.has(word);
}
