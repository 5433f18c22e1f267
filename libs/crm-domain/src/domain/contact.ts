import { diff, InvalidInputError, newId, RecordedEvents, type DomainEvent } from '@leadline/shared-kernel/domain';
import type { ContactEventPayloads } from './events.js';
import { PhoneNumber } from './phone-number.js';

export interface ContactState {
  readonly id: string;
  readonly tenantId: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly manychatId: string | null;
  readonly channelId: string | null;
  readonly subscribedAt: Date | null;
  readonly lastState: string | null;
  readonly initialState: string | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** What a caller may set; `phone` arrives raw and is normalised here. */
export interface ContactDetails {
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  email?: string | null;
  manychatId?: string | null;
  channelId?: string | null;
  subscribedAt?: Date | null;
  lastState?: string | null;
  initialState?: string | null;
}

const E164 = /^\+[1-9]\d{6,14}$/;

const EDITABLE = [
  'firstName', 'lastName', 'phone', 'email', 'manychatId', 'channelId', 'subscribedAt', 'lastState', 'initialState',
] as const;

export class Contact {
  readonly #events = new RecordedEvents<ContactEventPayloads>();

  /** The version stored in the database; 0 until the aggregate is first saved. */
  readonly persistedVersion: number;

  private constructor(private state: ContactState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
  }

  static create(tenantId: string, details: ContactDetails, phoneRegion: string, now = new Date()): Contact {
    const contact = new Contact({
      id: newId(),
      tenantId,
      firstName: null,
      lastName: null,
      phone: null,
      email: null,
      manychatId: null,
      channelId: null,
      subscribedAt: null,
      lastState: null,
      initialState: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...Contact.normalise(details, phoneRegion),
    }, true);
    contact.assertReachable();
    contact.record('contact.created', { changes: diff(emptyContact, contact.state, EDITABLE) }, now);
    return contact;
  }

  /** Loads stored state, refusing a phone that is not E.164: every comparison depends on it. */
  static rehydrate(state: ContactState): Contact {
    if (state.phone !== null && !E164.test(state.phone)) {
      throw new Error(`Contact ${state.id}: stored phone ${state.phone} is not E.164`);
    }
    return new Contact(state);
  }

  get snapshot(): ContactState {
    return this.state;
  }

  /** Applies the given fields; returns false (and records nothing) when nothing changed. */
  update(details: ContactDetails, phoneRegion: string, now = new Date()): boolean {
    const next = { ...this.state, ...Contact.normalise(details, phoneRegion) };
    const changes = diff(this.state, next, EDITABLE);
    if (Object.keys(changes).length === 0) return false;
    this.state = { ...next, version: this.persistedVersion + 1, updatedAt: now };
    this.assertReachable();
    this.record('contact.updated', { changes }, now);
    return true;
  }

  delete(now = new Date()): void {
    this.record('contact.deleted', { changes: diff(this.state, emptyContact, EDITABLE) }, now);
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  /** A contact must be someone: at least a name, a phone, an e-mail or a ManyChat id. */
  static isReachable(details: Pick<ContactState, 'phone' | 'email' | 'manychatId' | 'firstName' | 'lastName'>): boolean {
    const { phone, email, manychatId, firstName, lastName } = details;
    return Boolean(phone || email || manychatId || firstName || lastName);
  }

  private assertReachable(): void {
    if (!Contact.isReachable(this.state)) {
      throw new InvalidInputError('phone', 'a contact needs at least a name, phone, email or manychat_id');
    }
  }

  private record<Type extends keyof ContactEventPayloads>(type: Type, payload: ContactEventPayloads[Type], occurredAt: Date): void {
    this.#events.record({
      type,
      aggregateType: 'contact',
      aggregateId: this.state.id,
      tenantId: this.state.tenantId,
      payload,
      occurredAt,
    });
  }

  private static normalise(details: ContactDetails, phoneRegion: string): Partial<ContactState> {
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(details)) {
      if (value === undefined) continue;
      result[key] = typeof value === 'string' ? value.trim() || null : value;
    }
    if (typeof result.phone === 'string') result.phone = PhoneNumber.parse(result.phone, phoneRegion).e164;
    if (typeof result.email === 'string') result.email = result.email.toLowerCase();
    return result as Partial<ContactState>;
  }
}

const emptyContact = Object.fromEntries(EDITABLE.map((field) => [field, null])) as unknown as ContactState;
