import { setTimeout as sleep } from 'node:timers/promises';
import { StaleVersionError } from '../domain/index.js';

/**
 * Re-runs a whole load–decide–save cycle when another writer saved first. Only for commands whose
 * caller did not pin a version: their intent ("set priority to high") still holds on fresh state.
 * Jittered exponential backoff spreads a burst of writers to one row so each gets its turn.
 */
export async function retryOnStaleVersion<T>(work: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof StaleVersionError) || attempt >= attempts) throw error;
      await sleep(Math.random() * Math.min(100, 2 ** attempt));
    }
  }
}
