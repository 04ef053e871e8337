// The scripted counterparty: one real TCP (or TLS) connection to the acceptor under test. It sends what a scenario
// writes, byte for byte, and checks what comes back one message at a time. Every failure message carries the wire
// transcript, so a red scenario reads like a QuickFIX acceptance-test log.
import net from 'node:net';
import tls from 'node:tls';
import { FixFramer, FixParser, fromVisible, visibleSoh } from '../../../electron/fix/codec/index.js';
import { Inbox } from './inbox.js';
import { bodyDifference, InboundRules } from './inbound-rules.js';
import { describeExpectation, mismatches, type FieldExpectation } from './matchers.js';
import { ReceivedMessage } from './received-message.js';
import { planResend, type SentMessage } from './resend.js';
import { composeMessage } from './script.js';

export interface ClientOptions {
  /** Our CompID (49 on what we send, 56 on what we must receive). Default TW. */
  readonly sender?: string;
  /** The acceptor's CompID. Default ISLD. */
  readonly target?: string;
  /** Connect with TLS, trusting this CA (the test's self-signed certificate). */
  readonly tls?: { readonly ca: string | Buffer; readonly servername?: string };
  /** How long an expectation waits for the next message unless told otherwise. */
  readonly timeoutMs?: number;
}

export interface SendOptions {
  /** Header tags not to add (to send a message that lacks them). */
  readonly omit?: readonly number[];
}

export interface ExpectOptions {
  readonly timeoutMs?: number;
  /** Step over plain Heartbeats (35=0 without 112) that a short HeartBtInt puts between expected messages. */
  readonly skipHeartbeats?: boolean;
}

export interface DisconnectOptions {
  readonly timeoutMs?: number;
  /** Messages the spec lets the acceptor send before it closes (e.g. a Logout); anything else fails. */
  readonly allow?: (m: ReceivedMessage) => boolean;
}

const DEFAULT_TIMEOUT_MS = 3000;

export function isPlainHeartbeat(m: ReceivedMessage): boolean {
  return m.msgType === '0' && !m.has(112);
}

export class FixTestClient {
  readonly sender: string;
  readonly target: string;
  private readonly inbox = new Inbox();
  private readonly parser = new FixParser();
  private readonly framer: FixFramer;
  private readonly history = new Map<number, SentMessage>();
  private readonly wire: string[] = [];
  private readonly started = Date.now();
  private readonly timeoutMs: number;
  private readonly rules: InboundRules;
  private closedByUs = false;

  static connect(port: number, options: ClientOptions = {}): Promise<FixTestClient> {
    return new Promise((resolve, reject) => {
      const socket = options.tls
        ? tls.connect({
            host: '127.0.0.1',
            port,
            ca: options.tls.ca,
            servername: options.tls.servername ?? 'localhost',
          })
        : net.connect({ host: '127.0.0.1', port });
      socket.once('error', reject);
      socket.once(options.tls ? 'secureConnect' : 'connect', () => {
        socket.off('error', reject);
        resolve(new FixTestClient(socket, options));
      });
    });
  }

  private constructor(
    private readonly socket: net.Socket,
    options: ClientOptions,
  ) {
    this.sender = options.sender ?? 'TW';
    this.target = options.target ?? 'ISLD';
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.rules = new InboundRules(this.sender, this.target);
    socket.setNoDelay(true);
    this.framer = new FixFramer({
      onFrame: (buf, start, end) => this.onFrame(buf, start, end),
      onGarbled: (reason, bytes) => this.onGarbled(reason, visibleSoh(bytes)),
    });
    socket.on('data', (chunk: Buffer) => this.framer.push(chunk));
    socket.on('error', (e) => this.onClosed(`socket error: ${e.message}`));
    socket.on('close', () => this.onClosed(this.closedByUs ? 'closed by the scenario' : 'closed by the acceptor'));
  }

  /** Send one scripted message (see script.ts); returns what went out. */
  send(script: string, options: SendOptions = {}): SentMessage {
    const sent = this.compose(script, options);
    this.write(sent.bytes, '>');
    return sent;
  }

  /** Number and record a message as if sent, but never write it: a message lost in transit, for gap scenarios. */
  loseInTransit(script: string, options: SendOptions = {}): SentMessage {
    const sent = this.compose(script, options);
    this.note(`  (lost in transit, never written: ${sent.visible})`);
    return sent;
  }

  /** Write bytes as they are ('|' in a string is SOH). */
  sendRaw(bytes: Buffer | string): void {
    this.write(typeof bytes === 'string' ? fromVisible(bytes) : bytes, '>');
  }

  /** Answer the acceptor's ResendRequest from what we sent, by the spec 2.6 rule. */
  answerResendRequest(resendRequest: ReceivedMessage): SentMessage[] {
    const begin = Number(resendRequest.get(7));
    const end = Number(resendRequest.get(16));
    return planResend(this.history, begin, end).map((script) => this.send(script));
  }

  /** Wait for the next message and check it against `want` (plus header, BodyLength and CheckSum). */
  async expect(want: FieldExpectation, options: ExpectOptions = {}): Promise<ReceivedMessage> {
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const item = await this.inbox.next(deadline - Date.now());
      const wanted = describeExpectation(want);
      if (item === null) throw this.fail(`nothing arrived within ${timeoutMs} ms; expected ${wanted}`);
      if (item.kind === 'closed') throw this.fail(`connection ${item.detail} while expecting ${wanted}`);
      if (item.kind === 'garbled')
        throw this.fail(`acceptor sent a garbled frame (${item.reason}) while expecting ${wanted}`);
      const m = item.message;
      if (options.skipHeartbeats === true && isPlainHeartbeat(m) && item.problems.length === 0) continue;
      const problems = [...item.problems, ...mismatches(want, m)];
      if (problems.length > 0) throw this.fail(`expected ${wanted}\n  received ${m}\n  ${problems.join('\n  ')}`);
      return m;
    }
  }

  /** Expect the acceptor's echo of `original`: same MsgType, same body fields and values, a header of its own. */
  async expectEcho(
    original: SentMessage,
    want: FieldExpectation,
    options: ExpectOptions = {},
  ): Promise<ReceivedMessage> {
    const m = await this.expect({ 35: original.msgType, ...want }, options);
    const sentFields = original.fields.map((f): [number, string] => [Number(f.tag), f.value]);
    const problems = bodyDifference(sentFields, m.fields);
    if (problems.length > 0) throw this.fail(`echo of ${original.visible}\n  received ${m}\n  ${problems.join('; ')}`);
    return m;
  }

  /**
   * Expect `original` (a message the acceptor sent earlier) replayed for our ResendRequest (spec 2.6): its own
   * MsgSeqNum, 43=Y, 122 = its original SendingTime, the same body.
   */
  async expectResent(original: ReceivedMessage, options: ExpectOptions = {}): Promise<ReceivedMessage> {
    const want = { 35: original.msgType, 34: String(original.seqNum), 43: 'Y', 122: original.get(52) ?? '' };
    const m = await this.expect(want, options);
    const problems = bodyDifference(original.fields, m.fields);
    if (problems.length > 0) throw this.fail(`replay of ${original}\n  received ${m}\n  ${problems.join('; ')}`);
    return m;
  }

  /** Expect the acceptor to close the connection, having sent nothing but what `allow` accepts. */
  async expectDisconnect(options: DisconnectOptions = {}): Promise<ReceivedMessage[]> {
    const timeoutMs = options.timeoutMs ?? 5000;
    const deadline = Date.now() + timeoutMs;
    const allowed: ReceivedMessage[] = [];
    for (;;) {
      const item = await this.inbox.next(deadline - Date.now());
      if (item === null) throw this.fail(`still connected ${timeoutMs} ms later; expected the acceptor to disconnect`);
      if (item.kind === 'closed') return allowed;
      if (item.kind === 'garbled')
        throw this.fail(`acceptor sent a garbled frame (${item.reason}) before disconnecting`);
      if (options.allow?.(item.message) !== true || item.problems.length > 0) {
        throw this.fail(`expected a disconnect, received ${item.message} ${item.problems.join('; ')}`);
      }
      allowed.push(item.message);
    }
  }

  /** Nothing at all may arrive (nor the connection close) for `ms`: the acceptor ignored what we sent. */
  async expectNothingFor(ms: number, why: string): Promise<void> {
    const item = await this.inbox.next(ms);
    if (item === null) return;
    const what = item.kind === 'message' ? String(item.message) : item.kind === 'closed' ? item.detail : item.text;
    throw this.fail(`expected nothing for ${ms} ms (${why}), got ${item.kind}: ${what}`);
  }

  close(): void {
    this.closedByUs = true;
    this.socket.destroy();
  }

  /** The exchange so far, '>' from us, '<' from the acceptor, with ms since connect. */
  transcript(): string {
    return this.wire.join('\n');
  }

  private compose(script: string, options: SendOptions): SentMessage & { bytes: Buffer } {
    const c = composeMessage(script, { sender: this.sender, target: this.target, omit: options.omit, now: Date.now() });
    const field = (tag: string): string | undefined => c.fields.find((f) => f.tag === tag)?.value;
    const seqText = field('34');
    const seq = seqText !== undefined && /^\d+$/.test(seqText) ? Number(seqText) : undefined;
    const sent = {
      seq,
      msgType: field('35') ?? '',
      fields: c.fields,
      sendingTime: field('52'),
      visible: visibleSoh(c.bytes),
      bytes: c.bytes,
    };
    const clean = !c.forcedFraming && c.fields.every((f) => f.bare !== true && /^\d+$/.test(f.tag));
    const isRepeat = field('43') === 'Y' && seq !== undefined && this.history.has(seq);
    if (seq !== undefined && seq > 0 && clean && !isRepeat) this.history.set(seq, sent);
    return sent;
  }

  private write(bytes: Buffer, direction: string): void {
    if (this.inbox.isClosed) throw this.fail(`cannot send ${visibleSoh(bytes)}: the connection is already closed`);
    this.note(`${direction} ${visibleSoh(bytes)}`);
    this.socket.write(bytes);
  }

  private onFrame(buf: Buffer, start: number, end: number): void {
    const parsed = this.parser.parse(buf, start, end);
    if (parsed === null) {
      this.onGarbled(`${this.parser.reason}: ${this.parser.detail}`, visibleSoh(buf.subarray(start, end)));
      return;
    }
    const message = new ReceivedMessage(parsed);
    this.note(`< ${message}`);
    this.inbox.push({ kind: 'message', message, problems: this.rules.check(message) });
  }

  private onGarbled(reason: string, text: string): void {
    this.note(`< GARBLED (${reason}) ${text}`);
    this.inbox.push({ kind: 'garbled', reason, text });
  }

  private onClosed(detail: string): void {
    if (this.inbox.isClosed) return;
    this.note(`# ${detail}`);
    this.inbox.push({ kind: 'closed', detail });
  }

  private note(line: string): void {
    this.wire.push(`+${String(Date.now() - this.started).padStart(5)}ms ${line}`);
  }

  private fail(summary: string): Error {
    return new Error(`${summary}\n--- wire (> to acceptor, < from acceptor) ---\n${this.wire.slice(-40).join('\n')}`);
  }
}
