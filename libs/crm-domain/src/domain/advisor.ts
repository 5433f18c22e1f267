import { diff, InvalidInputError, newId, RecordedEvents, type DomainEvent } from '@leadline/shared-kernel/domain';
import type { AdvisorEventPayloads } from './events.js';
import { PhoneNumber } from './phone-number.js';

export const ADVISOR_KINDS = ['commercial', 'medical', 'agent'] as const;
export type AdvisorKind = (typeof ADVISOR_KINDS)[number];

export interface AdvisorState {
  readonly id: string;
  readonly tenantId: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly kind: AdvisorKind;
  /** The advisor's id in the system that names it (ManyChat's comercial_id / medico_id). */
  readonly externalId: string | null;
  /** Created from an external id we had never seen, so that no assignment is lost; details still to fill in. */
  readonly autoCreated: boolean;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface AdvisorDetails {
  name?: string;
  email?: string | null;
  phone?: string | null;
  kind?: AdvisorKind;
  externalId?: string | null;
}

const EDITABLE = ['name', 'email', 'phone', 'kind', 'externalId'] as const;
const E164 = /^\+[1-9]\d{6,14}$/;

/** A person leads are assigned to: a commercial advisor, a medical advisor, or a call agent. */
export class Advisor {
  readonly #events = new RecordedEvents<AdvisorEventPayloads>();
  readonly persistedVersion: number;

  private constructor(private state: AdvisorState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
  }

  static create(tenantId: string, details: AdvisorDetails & { name: string; kind: AdvisorKind }, phoneRegion: string, now = new Date()): Advisor {
    return Advisor.make(tenantId, normalise(details, phoneRegion), false, now);
  }

  /** An advisor known only by an external id, created so that an assignment naming it is not lost. */
  static placeholder(tenantId: string, kind: AdvisorKind, externalId: string, now = new Date()): Advisor {
    const label = { commercial: 'Commercial advisor', medical: 'Medical advisor', agent: 'Agent' }[kind];
    return Advisor.make(tenantId, { kind, externalId, name: `${label} ${externalId}` }, true, now);
  }

  private static make(tenantId: string, fields: Partial<AdvisorState>, autoCreated: boolean, now: Date): Advisor {
    const advisor = new Advisor({
      id: newId(),
      tenantId,
      name: '',
      email: null,
      phone: null,
      kind: 'commercial',
      externalId: null,
      autoCreated,
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...fields,
    }, true);
    advisor.assertValid();
    advisor.record('advisor.created', {
      changes: { ...diff(emptyAdvisor, advisor.state, EDITABLE), autoCreated: { from: null, to: autoCreated } },
    }, now);
    return advisor;
  }

  static rehydrate(state: AdvisorState): Advisor {
    if (!ADVISOR_KINDS.includes(state.kind)) throw new Error(`Advisor ${state.id}: unknown kind ${state.kind}`);
    if (state.phone !== null && !E164.test(state.phone)) throw new Error(`Advisor ${state.id}: stored phone is not E.164`);
    return new Advisor(state);
  }

  get snapshot(): AdvisorState {
    return this.state;
  }

  update(details: AdvisorDetails, phoneRegion: string, now = new Date()): boolean {
    const next = { ...this.state, ...normalise(details, phoneRegion) };
    const changes = diff(this.state, next, EDITABLE);
    if (Object.keys(changes).length === 0) return false;
    this.state = { ...next, version: this.persistedVersion + 1, updatedAt: now };
    this.assertValid();
    this.record('advisor.updated', { changes }, now);
    return true;
  }

  delete(now = new Date()): void {
    this.record('advisor.deleted', { changes: diff(this.state, emptyAdvisor, EDITABLE) }, now);
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private assertValid(): void {
    if (!this.state.name) throw new InvalidInputError('name', 'an advisor needs a name');
    if (!ADVISOR_KINDS.includes(this.state.kind)) throw new InvalidInputError('kind', `kind must be one of ${ADVISOR_KINDS.join(', ')}`);
  }

  private record<Type extends keyof AdvisorEventPayloads>(type: Type, payload: AdvisorEventPayloads[Type], occurredAt: Date): void {
    this.#events.record({ type, aggregateType: 'advisor', aggregateId: this.state.id, tenantId: this.state.tenantId, payload, occurredAt });
  }
}

function normalise(details: AdvisorDetails, phoneRegion: string): Partial<AdvisorState> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined) continue;
    result[key] = typeof value === 'string' ? value.trim() || null : value;
  }
  if (result.name === null) result.name = '';
  if (typeof result.phone === 'string') result.phone = PhoneNumber.parse(result.phone, phoneRegion).e164;
  if (typeof result.email === 'string') result.email = result.email.toLowerCase();
  return result as Partial<AdvisorState>;
}

const emptyAdvisor = Object.fromEntries(EDITABLE.map((field) => [field, null])) as unknown as AdvisorState;
