// Fan-out of the core's stream events to every bound renderer (Electron windows, web-host sockets), with the
// high-rate streams batched per display frame: order deltas are merged (each order and position at its latest
// state, fills appended), FIX messages and market data are drained from their producers by the frame tick. Status,
// risk, audit, settings and notices are rare and go out at once.
import type { StreamChannelName } from '../../shared/ipc/channels.js';
import { StreamChannel } from '../../shared/ipc/channels.js';
import type { OrdersDelta, StreamEvent } from '../../shared/ipc/streams.js';
import type { FillView, OrderView, PositionView } from '../../shared/domain/orders.js';
import type { StreamSink } from './workstation-host.js';

/** One display refresh at 60 Hz: the most often a batched stream is sent. */
export const FRAME_MS = 16;

/** Something the frame tick drains: returns its batch, or null when it has nothing new. */
export interface FrameSource<S extends StreamChannelName> {
  readonly channel: S;
  drain(): StreamEvent<S> | null;
}

export class StreamHub {
  private readonly sinks = new Set<StreamSink>();
  private readonly sources: Array<FrameSource<StreamChannelName>> = [];
  private orders = new Map<string, OrderView>();
  private positions = new Map<string, PositionView>();
  private fills: FillView[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Sink failures are reported, never thrown into the producer (a FIX callback). */
  constructor(private readonly onError: (text: string) => void = () => undefined) {}

  subscribe(sink: StreamSink): () => void {
    this.sinks.add(sink);
    return () => {
      this.sinks.delete(sink);
    };
  }

  /** Sends now (rare streams). */
  emit<S extends StreamChannelName>(channel: S, event: StreamEvent<S>): void {
    for (const sink of [...this.sinks]) {
      try {
        sink(channel, event);
      } catch (err) {
        this.onError(`stream ${channel}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }

  /** Merges an order delta into the pending frame. */
  ordersChanged(delta: OrdersDelta): void {
    for (const o of delta.orders) this.orders.set(o.orderKey, o);
    for (const p of delta.positions) this.positions.set(p.symbol, p);
    if (delta.fills.length > 0) this.fills.push(...delta.fills);
  }

  addSource<S extends StreamChannelName>(source: FrameSource<S>): void {
    this.sources.push(source as unknown as FrameSource<StreamChannelName>);
  }

  start(): void {
    this.timer ??= setInterval(() => this.tick(), FRAME_MS);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** One frame: the merged order delta, then every source's batch. Public for tests (no timers needed). */
  tick(): void {
    if (this.orders.size > 0 || this.positions.size > 0 || this.fills.length > 0) {
      const delta: OrdersDelta = {
        orders: [...this.orders.values()],
        fills: this.fills,
        positions: [...this.positions.values()],
      };
      this.orders = new Map();
      this.positions = new Map();
      this.fills = [];
      this.emit(StreamChannel.orders, delta);
    }
    for (const source of this.sources) {
      let batch: StreamEvent<StreamChannelName> | null;
      try {
        batch = source.drain();
      } catch (err) {
        this.onError(`frame source ${source.channel}: ${err instanceof Error ? err.message : String(err)}`);
        continue;
      }
      if (batch !== null) this.emit(source.channel, batch);
    }
  }
}
