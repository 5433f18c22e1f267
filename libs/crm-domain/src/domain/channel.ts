import { diff, InvalidInputError, newId, RecordedEvents, type DomainEvent } from '@leadline/shared-kernel/domain';
import type { ChannelEventPayloads } from './events.js';

export interface ChannelState {
  readonly id: string;
  readonly tenantId: string;
  readonly name: string;
  readonly description: string | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface ChannelDetails {
  name?: string;
  description?: string | null;
}

const EDITABLE = ['name', 'description'] as const;

/** Where leads come from (Facebook Messenger, WhatsApp …); campaigns run on one. */
export class Channel {
  readonly #events = new RecordedEvents<ChannelEventPayloads>();
  readonly persistedVersion: number;

  private constructor(private state: ChannelState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
  }

  static create(tenantId: string, details: ChannelDetails & { name: string }, now = new Date()): Channel {
    const channel = new Channel({
      id: newId(),
      tenantId,
      name: '',
      description: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...normalise(details),
    }, true);
    channel.assertValid();
    channel.record('channel.created', { changes: diff(emptyChannel, channel.state, EDITABLE) }, now);
    return channel;
  }

  static rehydrate(state: ChannelState): Channel {
    if (!state.name) throw new Error(`Channel ${state.id}: stored without a name`);
    return new Channel(state);
  }

  get snapshot(): ChannelState {
    return this.state;
  }

  update(details: ChannelDetails, now = new Date()): boolean {
    const next = { ...this.state, ...normalise(details) };
    const changes = diff(this.state, next, EDITABLE);
    if (Object.keys(changes).length === 0) return false;
    this.state = { ...next, version: this.persistedVersion + 1, updatedAt: now };
    this.assertValid();
    this.record('channel.updated', { changes }, now);
    return true;
  }

  delete(now = new Date()): void {
    this.record('channel.deleted', { changes: diff(this.state, emptyChannel, EDITABLE) }, now);
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private assertValid(): void {
    if (!this.state.name) throw new InvalidInputError('name', 'a channel needs a name');
  }

  private record<Type extends keyof ChannelEventPayloads>(type: Type, payload: ChannelEventPayloads[Type], occurredAt: Date): void {
    this.#events.record({ type, aggregateType: 'channel', aggregateId: this.state.id, tenantId: this.state.tenantId, payload, occurredAt });
  }
}

function normalise(details: ChannelDetails): Partial<ChannelState> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined) continue;
    result[key] = typeof value === 'string' ? value.trim() || null : value;
  }
  if (result.name === null) result.name = '';
  return result as Partial<ChannelState>;
}

const emptyChannel = { name: null, description: null } as unknown as ChannelState;
