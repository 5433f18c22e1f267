import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { EntityManager, RequestContext } from '@mikro-orm/core';
import { WebSocketServer, type WebSocket } from 'ws';
import { AiCallRelay, type RelayConversation, type RelayOutbound } from '@leadline/ai-agent';

/** Exactly the URL the TwiML names: a query string is not part of what Twilio signed, so it is not accepted. */
const RELAY_PATH = /^\/api\/v1\/ai-calls\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/relay$/i;
/** ConversationRelay's frames are small JSON texts; a larger one is not Twilio. */
const MAX_FRAME_BYTES = 64 * 1024;

/**
 * The ConversationRelay WebSocket (contract §13) on the API's own HTTP server: `ws` in noServer
 * mode, fed by the server's `upgrade` event, so the relay shares the API's port, TLS termination and
 * PUBLIC_BASE_URL. The signature is checked before the upgrade is accepted: a refused handshake gets
 * a plain HTTP 403 and never becomes a socket.
 */
@Injectable()
export class AiCallRelayGateway implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AiCallRelayGateway.name);
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  private server: Server | null = null;
  /**
   * Calls with a relay socket open in this process. The signature covers only the URL (no nonce),
   * so a captured handshake could be replayed: one conversation per call, and none after it ended
   * (`authorize` refuses ended calls).
   */
  private readonly live = new Set<string>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly relay: AiCallRelay,
    private readonly em: EntityManager,
  ) {}

  onApplicationBootstrap(): void {
    this.server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.server.on('upgrade', this.onUpgrade);
  }

  onApplicationShutdown(): void {
    this.server?.off('upgrade', this.onUpgrade);
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // The API serves no other WebSocket: anything else is answered, not left hanging.
    socket.on('error', () => socket.destroy());
    const match = RELAY_PATH.exec(request.url ?? '');
    if (!match) return refuse(socket, 404);
    void this.accept(request, socket, head, match[1]!.toLowerCase());
  };

  private async accept(request: IncomingMessage, socket: Duplex, head: Buffer, callId: string): Promise<void> {
    let conversation: RelayConversation | null = null;
    let ws: WebSocket | null = null;
    const send = (message: RelayOutbound) => {
      if (ws && ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    try {
      const header = request.headers['x-twilio-signature'];
      conversation = await RequestContext.create(this.em, async () => {
        const session = await this.relay.authorize(callId, typeof header === 'string' ? header : undefined);
        return session ? this.relay.converse(session, send) : null;
      });
    } catch (error) {
      this.logger.error(`AI call ${callId}: the relay could not start: ${(error as Error).message}`);
      return refuse(socket, 503);
    }
    if (!conversation || this.live.has(callId)) return refuse(socket, 403);
    const running = conversation;
    this.live.add(callId);
    socket.once('close', () => this.live.delete(callId));
    this.wss.handleUpgrade(request, socket, head, (client) => {
      ws = client;
      client.on('message', (data, isBinary) => {
        if (isBinary) return;
        if (!running.receive(data.toString())) client.close(1008, 'setup does not match the call');
      });
      client.on('close', () => running.closed());
      client.on('error', () => client.terminate());
    });
  }
}

function refuse(socket: Duplex, status: 403 | 404 | 503): void {
  const reason = { 403: 'Forbidden', 404: 'Not Found', 503: 'Service Unavailable' }[status];
  if (!socket.writable) return void socket.destroy();
  // As ws's own abortHandshake: destroyed once the answer is flushed, not before.
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
