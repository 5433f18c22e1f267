import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@leadline/shared-kernel';

const MAC_BYTES = 16;
const UUID_HEX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The `start` payload of a contact's deep link `https://t.me/<bot>?start=<token>`: the contact id
 * and a MAC over tenant and contact, base64url (43 characters, within Telegram's 64 of
 * `A-Za-z0-9_-`). Stateless, so issuing a link stores nothing, and it outlives a bot change;
 * the MAC makes a token unforgeable and valid for one tenant only. The key is derived from
 * SECRETS_KEY, without which no bot can be connected anyway.
 */
@Injectable()
export class TelegramLinkTokens {
  private readonly key: Buffer | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = config.secretsKey
      ? Buffer.from(hkdfSync('sha256', config.secretsKey, Buffer.alloc(0), 'leadline telegram deep-link token', 32))
      : null;
  }

  issue(tenantId: string, contactId: string): string {
    const id = Buffer.from(contactId.replace(/-/g, ''), 'hex');
    return Buffer.concat([id, this.mac(tenantId, contactId.toLowerCase())]).toString('base64url');
  }

  /** The contact id the token was issued for in this tenant, or null for anything else. */
  contactId(tenantId: string, token: string): string | null {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.length !== 16 + MAC_BYTES) return null;
    const hex = bytes.subarray(0, 16).toString('hex');
    const contactId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    if (!UUID_HEX.test(contactId)) return null;
    const expected = this.mac(tenantId, contactId);
    return timingSafeEqual(expected, bytes.subarray(16)) ? contactId : null;
  }

  private mac(tenantId: string, contactId: string): Buffer {
    if (!this.key) throw new Error('SECRETS_KEY is not configured: Telegram link tokens cannot be issued or checked');
    return createHmac('sha256', this.key).update(`${tenantId.toLowerCase()}:${contactId}`).digest().subarray(0, MAC_BYTES);
  }
}
