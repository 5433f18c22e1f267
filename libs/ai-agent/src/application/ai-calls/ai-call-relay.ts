import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, UnitOfWork, type AppConfig } from '@leadline/shared-kernel';
import { isValidTwilioSignature, TelephonyConnections } from '@leadline/telephony';
import { relayUrl, type AiCallEndReason, type AiCallSession, type TranscriptLine, type TranscriptSpeaker } from '../../domain/index.js';
import { AiCallStore } from '../../infrastructure/ai-call.store.js';
import { AiConnections, type AiConnection } from '../../infrastructure/ai-connections.js';
import type { OpenAiClient } from '../../infrastructure/openai/openai-client.js';
import { streamChat, type ChatMessage, type ChatToolCall } from '../../infrastructure/openai/chat-stream.js';
import { CallAnalysisRequests } from '../call-analysis/request-analysis.js';
import { AgentToolRunner, relayTools } from './agent-tools.js';

/** Model requests in one turn at most: the answer, and follow-ups after the tools it called (a model that keeps calling tools is cut off). */
const MAX_TOOL_ROUNDS = 3;

/** What the relay sends Twilio (integrations-2 §4.4). */
export type RelayOutbound = { type: 'text'; token: string; last: boolean } | { type: 'end'; handoffData: string };

/**
 * The relay WebSocket's use case (contract §13): who may open it, and one conversation per call.
 * The transport (the `ws` server on the API's HTTP server) is the API's; this side knows nothing of
 * sockets, it is given a `send`.
 */
@Injectable()
export class AiCallRelay {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: AiCallStore,
    private readonly telephony: TelephonyConnections,
    private readonly connections: AiConnections,
    private readonly tools: AgentToolRunner,
    private readonly analyses: CallAnalysisRequests,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * The call the upgrade is for, when `X-Twilio-Signature` is the tenant's Twilio auth token's
   * signature of exactly the URL we gave Twilio (no params: the handshake is a GET without a
   * query); null for anything else — unknown call, call no longer running, no Twilio or AI
   * connection, missing or forged signature — and the upgrade is refused without saying which.
   */
  async authorize(callId: string, signature: string | undefined): Promise<AiCallSession | null> {
    if (!signature) return null;
    const session = await this.store.session(callId);
    if (!session || !['placed', 'live'].includes(session.status)) return null;
    const twilio = await this.telephony.twilio(session.tenantId);
    if (!twilio || !isValidTwilioSignature(twilio.authToken, signature, relayUrl(this.config.publicBaseUrl, callId), {})) return null;
    return session;
  }

  async converse(session: AiCallSession, send: (message: RelayOutbound) => void): Promise<RelayConversation> {
    const connection = await this.connections.require(session.tenantId);
    // One client for the whole call: its keep-alive connections and settings serve every turn.
    return new RelayConversation(session, connection, this.connections.client(connection), this.store, this.tools, send,
      (reason, turns) => this.ended(session, reason, turns));
  }

  /** The call is over: marked ended, and its analysis asked for, in one transaction (contract §13: "automatically after an AI call ends"). */
  private ended(session: AiCallSession, reason: AiCallEndReason, turns: number): Promise<void> {
    return this.uow.run(async () => {
      await this.store.ended(session.tenantId, session.callId, reason, turns);
      await this.analyses.request(session.tenantId, session.callId, { trigger: 'call_ended' });
    });
  }
}

interface BotTurn {
  /** The line's number once it is written. */
  seq: number;
  /** Index of the assistant message in the history, once it is there. */
  historyIndex: number | null;
  heard: string | null;
}

/**
 * One call's conversation. Prompts are answered one at a time, in order; an interrupt acts at once:
 * it aborts the model's stream and cuts the bot's line — in the transcript and in the history the
 * model sees next — to what the caller heard (`utteranceUntilInterrupt`).
 */
export class RelayConversation {
  private readonly logger = new Logger(RelayConversation.name);
  private readonly history: ChatMessage[];
  private seq = 0;
  private turns = 0;
  private setUp = false;
  private over = false;
  private connectedAt = 0;
  private queue: Promise<void> = Promise.resolve();
  private streaming: { turn: BotTurn; abort: AbortController } | null = null;
  private lastBot: BotTurn | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly session: AiCallSession,
    private readonly connection: AiConnection,
    private readonly client: OpenAiClient,
    private readonly store: AiCallStore,
    private readonly tools: AgentToolRunner,
    private readonly send: (message: RelayOutbound) => void,
    private readonly onEnded: (reason: AiCallEndReason, turns: number) => Promise<void>,
  ) {
    this.history = [{ role: 'system', content: session.systemPrompt }, { role: 'assistant', content: session.greeting }];
  }

  /**
   * One frame from Twilio. Answers false when the frame ends the relay (a `setup` for another call):
   * the transport then closes the socket.
   */
  receive(raw: string): boolean {
    let message: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return true;
      message = parsed as Record<string, unknown>;
    } catch {
      return true; // Twilio sends JSON only; anything else is dropped, as Twilio drops our invalid frames.
    }
    if (message.type === 'setup') return this.setup(message);
    if (!this.setUp || this.over) return true;
    if (message.type === 'prompt' && message.last !== false && typeof message.voicePrompt === 'string' && message.voicePrompt.trim()) {
      const said = message.voicePrompt;
      const at = performance.now();
      this.enqueue(() => this.answer(said, at));
    } else if (message.type === 'interrupt') {
      const heard = message.utteranceUntilInterrupt;
      this.interrupt(typeof heard === 'string' ? heard : '');
    }
    return true;
  }

  /** The socket closed (the caller hung up, or Twilio ended the session). */
  closed(): void {
    this.streaming?.abort.abort();
    this.finish('hangup');
  }

  /** Lets tests and shutdown wait for the lines in flight to be written. */
  settled(): Promise<void> {
    return this.queue;
  }

  private setup(message: Record<string, unknown>): boolean {
    if (this.setUp) return true;
    if (!this.session.callSid || message.callSid !== this.session.callSid) {
      this.over = true;
      return false;
    }
    this.setUp = true;
    this.connectedAt = performance.now();
    this.timer = setTimeout(() => this.end('max_duration'), this.session.maxDurationSeconds * 1000);
    this.timer.unref();
    this.enqueue(async () => {
      await this.store.connected(this.session.tenantId, this.session.callId);
      // Twilio speaks the greeting itself (welcomeGreeting): it is the bot's first line.
      this.lastBot = { seq: ++this.seq, historyIndex: 1, heard: null };
      await this.store.addLine(this.session.tenantId, this.session.callId, this.line('bot', this.session.greeting, 0, null, this.lastBot.seq));
    });
    return true;
  }

  private async answer(said: string, promptAt: number): Promise<void> {
    if (this.over) return;
    const { tenantId, callId } = this.session;
    // The caller's line is written while the model is asked, not before: the insert is off the
    // turn's critical path. Its number is taken now, so the lines keep the conversation's order
    // whichever write lands first; it is awaited before the turn ends (and before the bot's line).
    const seq = ++this.seq;
    const customerLine = this.store.addLine(tenantId, callId, this.line('customer', said, this.seconds(promptAt), null, seq))
      .catch((error: unknown) => this.logger.error(`AI call ${callId}: the caller's line ${seq} was not stored: ${(error as Error).message}`));
    this.history.push({ role: 'user', content: said });
    if (this.turns >= this.session.maxTurns) {
      await customerLine;
      this.end('max_turns');
      return;
    }
    const turn: BotTurn = { seq: 0, historyIndex: null, heard: null };
    const abort = new AbortController();
    this.streaming = { turn, abort };
    let text = '';
    let latencyMs: number | null = null;
    let firstAt: number | null = null;
    let endCall = false;
    /** The assistant messages of this turn that carried tool calls, in the history. */
    const toolMessages: number[] = [];
    try {
      const tools = relayTools(this.session);
      for (let round = 1; round <= MAX_TOOL_ROUNDS; round++) {
        let roundText = '';
        const calls: ChatToolCall[] = [];
        for await (const event of streamChat(this.client, this.connection.model, this.history, tools, abort.signal)) {
          if (abort.signal.aborted || this.over) break;
          if (event.type === 'tool') {
            calls.push(event);
            continue;
          }
          if (firstAt === null) {
            firstAt = performance.now();
            latencyMs = Math.round(firstAt - promptAt);
          }
          roundText += event.token;
          this.send({ type: 'text', token: event.token, last: false });
        }
        text += roundText;
        if (abort.signal.aborted || this.over) break;
        endCall ||= calls.some((call) => call.name === 'end_call');
        const effects = calls.filter((call) => call.name !== 'end_call');
        if (effects.length === 0) break;
        // The model acts: its tool calls go back unchanged, each answered, before it speaks again (integrations-2 §5b).
        this.history.push({ role: 'assistant', content: roundText || null, toolCalls: calls });
        toolMessages.push(this.history.length - 1);
        for (const call of calls) {
          const result = call.name === 'end_call' ? { ok: true } : await this.tools.run(this.session, call.name, call.arguments);
          this.history.push({ role: 'tool', toolCallId: call.id, content: JSON.stringify(result) });
        }
        if (endCall || abort.signal.aborted || this.over) break;
      }
      if (!abort.signal.aborted && !this.over) this.send({ type: 'text', token: '', last: true });
    } catch (error) {
      // The model failed mid-call: say nothing more this turn rather than drop the call.
      this.logger.warn(`AI call ${callId}: the model's answer failed: ${(error as Error).message}`);
      if (!this.over && !abort.signal.aborted) this.send({ type: 'text', token: '', last: true });
    } finally {
      this.streaming = null;
    }
    this.turns += 1;
    const spoken = turn.heard ?? text;
    // What was said before a tool call is part of the turn's one line: it moves from the tool-call message to the turn's answer.
    for (const index of toolMessages) {
      const message = this.history[index]!;
      if (message.role === 'assistant') this.history[index] = { ...message, content: null };
    }
    // A turn that was only a tool call said nothing: no line, and no empty message in the history.
    // (No await before `lastBot` is set: an interrupt arriving now must find this turn's line.)
    let botLine: TranscriptLine | null = null;
    if (spoken || turn.heard !== null) {
      this.history.push({ role: 'assistant', content: spoken });
      turn.historyIndex = this.history.length - 1;
      turn.seq = ++this.seq;
      this.lastBot = turn;
      botLine = { ...this.line('bot', spoken, firstAt === null ? null : this.seconds(firstAt), latencyMs, turn.seq), interrupted: turn.heard !== null };
    }
    // Whatever the model did, the caller's line is in before the bot's, and before the turn ends.
    await customerLine;
    if (botLine) await this.store.addLine(tenantId, callId, botLine);
    if (endCall && turn.heard === null) this.end('end_call');
  }

  private interrupt(heard: string): void {
    if (this.streaming) {
      this.streaming.turn.heard = heard;
      this.streaming.abort.abort();
      return;
    }
    // The answer was all sent, but Twilio was still speaking it: cut the stored line.
    const turn = this.lastBot;
    if (!turn || turn.historyIndex === null || turn.heard !== null) return;
    turn.heard = heard;
    this.history[turn.historyIndex] = { role: 'assistant', content: heard };
    this.enqueue(() => this.store.cutLine(this.session.tenantId, this.session.callId, turn.seq, heard));
  }

  private end(reason: AiCallEndReason): void {
    if (this.over) return;
    this.streaming?.abort.abort();
    this.send({ type: 'end', handoffData: JSON.stringify({ reason }) });
    this.finish(reason);
  }

  private finish(reason: AiCallEndReason): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.over && reason === 'hangup') return;
    this.over = true;
    if (!this.setUp) return;
    this.enqueue(() => this.onEnded(reason, this.turns));
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      this.logger.error(`AI call ${this.session.callId}: ${(error as Error).message}`);
    });
  }

  private seconds(at: number): number {
    return Math.max(0, Math.round(at - this.connectedAt)) / 1000;
  }

  private line(speaker: TranscriptSpeaker, text: string, startSeconds: number | null, latencyMs: number | null, seq: number): TranscriptLine {
    return { seq, speaker, text, startSeconds, endSeconds: null, confidence: null, interrupted: false, latencyMs };
  }
}
