/** Who caused a change: shown in the audit trail. */
export interface Actor {
  readonly type: 'api_key' | 'system' | 'webhook';
  readonly id: string | null;
  readonly name: string | null;
}

/** What every command carries from the edge: whose data, who asks, and the request to trace. */
export interface CommandContext {
  readonly tenantId: string;
  readonly actor: Actor;
  readonly requestId: string | null;
}
