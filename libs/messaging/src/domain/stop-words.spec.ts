import { describe, expect, it } from '@jest/globals';
import { isStopWord } from './stop-words.js';

describe('isStopWord', () => {
  it.each(['STOP', 'stop', 'Baja', 'bajá', 'BÁJA', '  alto ', 'Cancelar', 'cancelár', 'Unsubscribe', '¡ALTO!', 'stop.', '"baja"'])(
    '%p is a stop word', (text) => expect(isStopWord(text)).toBe(true),
  );

  it.each(['no me des de baja', 'stop it', 'bajar', 'altos', '', '   ', 'STOP STOP', 'st op', 'cancelado'])(
    '%p is not', (text) => expect(isStopWord(text)).toBe(false),
  );
});
