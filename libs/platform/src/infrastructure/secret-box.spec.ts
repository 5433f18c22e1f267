import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { SecretBox, secretHint } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed for the same row', () => {
    const sealed = box.seal('s3cr3t-token', 'tenant-a:odoo');
    expect(sealed).not.toContain('s3cr3t-token');
    expect(box.open(sealed, 'tenant-a:odoo')).toBe('s3cr3t-token');
  });

  it("refuses a ciphertext moved to another row (another tenant's credentials)", () => {
    const sealed = box.seal('s3cr3t-token', 'tenant-a:odoo');
    expect(() => box.open(sealed, 'tenant-b:odoo')).toThrow();
  });

  it('refuses a tampered ciphertext and one sealed under another key', () => {
    const sealed = box.seal('s3cr3t-token', 'row');
    const [version, iv, tag, data] = sealed.split('.') as [string, string, string, string];
    const flipped = Buffer.from(data, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => box.open([version, iv, tag, flipped.toString('base64')].join('.'), 'row')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'row')).toThrow();
  });

  it('seals the same secret differently each time (random nonce)', () => {
    expect(box.seal('same', 'row')).not.toBe(box.seal('same', 'row'));
  });

  it('hints only at long secrets', () => {
    expect(secretHint('abcdefghijklmnop1234')).toBe('••••1234');
    expect(secretHint('short-secret')).toBe('••••');
  });
});
