import { StaleVersionError } from '../domain/index.js';

/**
 * Re-runs a whole load–decide–save cycle when another writer saved first. Only for commands whose
 * caller did not pin a version: their intent ("set priority to high") still holds on fresh state.
 */
export async function retryOnStaleVersion<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof StaleVersionError) || attempt >= attempts) throw error;
    }
  }
}
