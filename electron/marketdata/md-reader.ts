// Reads MarketDataSnapshotFullRefresh (35=W) and MarketDataIncrementalRefresh (35=X) straight from the parser's
// offset view into books and trade sinks: no per-entry objects, prices scanned in place. Both dialects: Kraken's
// (Symbol 55 in the X body, price-keyed 278, 2446 on trades, 5041 on book entries) and plain FIX 4.4 (55 in each
// X entry, several symbols per message). Entries are applied strictly in wire order (spec §1.8); the checksum is
// judged per book once the whole message is applied.

import type { FixMessage } from '../fix/codec/fix-message.js';
import type { GroupSpec } from '../fix/codec/group-spec.js';
import { fix44 } from '../fix/codec/dictionary/index.js';
import type { Side } from '../../shared/domain/orders.js';
import type { L2Book, UpdateAction } from './l2-book.js';

/** What a W/X entry lands in: a symbol's book and its trade handling. */
export interface MdTarget {
  readonly book: L2Book;
  /** Called once per message that changed the book, after its checksum was judged. */
  bookChanged?(): void;
  trade(price: string, qty: string, side: Side | null, time: string | undefined, date: string | undefined): void;
}

/** The target of an entry given its symbol (entry 55, else body 55, else undefined); undefined skips it. */
export type TargetResolver = (symbol: string | undefined) => MdTarget | undefined;

export interface IncrementalResult {
  /** Book entries applied (new, change, delete). */
  levels: number;
  trades: number;
  skipped: number;
  /** Books whose venue checksum matched after the message. */
  checksumsOk: number;
}

function requireSpec(msgType: string): GroupSpec {
  const spec = fix44().groupSpec(msgType, 268);
  if (spec === undefined) throw new Error(`dictionary has no NoMDEntries group in ${msgType}`);
  return spec;
}

export class MdReader {
  private readonly snapshotSpec = requireSpec('W');
  private readonly incrementalSpec = requireSpec('X');
  /** Targets whose book the message last read touched (the first `touchedCount`), and the last 5041 seen for
   * each. Reused arrays, valid until the next call. */
  readonly touched: MdTarget[] = [];
  touchedCount = 0;
  private readonly sums: number[] = [];
  readonly result: IncrementalResult = { levels: 0, trades: 0, skipped: 0, checksumsOk: 0 };

  /** Replaces the target's book with the snapshot. Returns the number of levels read. */
  readSnapshot(msg: FixMessage, target: MdTarget, now: number): number {
    const book = target.book;
    book.beginSnapshot();
    const n = msg.group(this.snapshotSpec);
    const starts = msg.valueStarts;
    const ends = msg.valueEnds;
    let levels = 0;
    for (let k = 0; k < n; k++) {
      let type = -1;
      let px = -1;
      let qty = -1;
      for (let i = msg.groupStart(k), end = msg.groupLimit(k, n); i < end; i++) {
        const tag = msg.tagAt(i);
        if (tag === 269) type = msg.buf[starts[i]!]! - 0x30;
        else if (tag === 270) px = i;
        else if (tag === 271) qty = i;
      }
      if ((type !== 0 && type !== 1) || px < 0 || qty < 0) continue;
      book.applyLevel(0, type === 0, msg.buf, starts[px]!, ends[px]!, starts[qty]!, ends[qty]!);
      levels++;
    }
    book.endSnapshot(now);
    return levels;
  }

  /** Applies every entry; `result` holds the counts until the next call. */
  readIncremental(msg: FixMessage, resolve: TargetResolver, now: number): IncrementalResult {
    const r = this.result;
    r.levels = 0;
    r.trades = 0;
    r.skipped = 0;
    r.checksumsOk = 0;
    this.touchedCount = 0;
    const countAt = msg.indexOf(268);
    // Kraken's Symbol sits in the body, before NoMDEntries.
    let bodySymbol: string | undefined;
    for (let i = 0; i < countAt; i++) if (msg.tagAt(i) === 55) bodySymbol = msg.internAt(i);
    const n = msg.group(this.incrementalSpec);
    const buf = msg.buf;
    const starts = msg.valueStarts;
    const ends = msg.valueEnds;
    let lastSymbol: string | undefined = '\u0000';
    let target: MdTarget | undefined;
    for (let k = 0; k < n; k++) {
      let action = -1;
      let type = -1;
      let px = -1;
      let qty = -1;
      let sym = -1;
      let time = -1;
      let date = -1;
      let aggressor = -1;
      let sum = -1;
      for (let i = msg.groupStart(k), end = msg.groupLimit(k, n); i < end; i++) {
        switch (msg.tagAt(i)) {
          case 279:
            action = buf[starts[i]!]! - 0x30;
            break;
          case 269:
            type = buf[starts[i]!]! - 0x30;
            break;
          case 270:
            px = i;
            break;
          case 271:
            qty = i;
            break;
          case 55:
            sym = i;
            break;
          case 273:
            time = i;
            break;
          case 272:
            date = i;
            break;
          case 2446:
            aggressor = i;
            break;
          case 5041:
            sum = i;
            break;
        }
      }
      const symbol = sym >= 0 ? msg.internAt(sym) : bodySymbol;
      if (symbol !== lastSymbol) {
        lastSymbol = symbol;
        target = resolve(symbol);
      }
      if (target === undefined || px < 0 || action < 0 || action > 2) {
        r.skipped++;
        continue;
      }
      if (type === 2) {
        if (action !== 0 || qty < 0) {
          r.skipped++;
          continue;
        }
        const side = aggressor < 0 ? null : sideOf(buf[starts[aggressor]!]!);
        target.trade(
          msg.internAt(px),
          msg.stringAt(qty),
          side,
          time < 0 ? undefined : msg.stringAt(time),
          date < 0 ? undefined : msg.stringAt(date),
        );
        r.trades++;
        continue;
      }
      const book = target.book;
      if ((type !== 0 && type !== 1) || !book.live || (action !== 2 && qty < 0)) {
        r.skipped++;
        continue;
      }
      const q = action === 2 || qty < 0 ? -1 : qty;
      book.applyLevel(
        action as UpdateAction,
        type === 0,
        buf,
        starts[px]!,
        ends[px]!,
        q < 0 ? -1 : starts[q]!,
        q < 0 ? -1 : ends[q]!,
      );
      r.levels++;
      this.noteBook(target, sum < 0 ? Number.NaN : msg.uintAt(sum));
    }
    for (let i = 0; i < this.touchedCount; i++) {
      const sum = this.sums[i]!;
      const t = this.touched[i]!;
      if (t.book.endIncremental(Number.isNaN(sum) ? undefined : sum, now) === 'ok') r.checksumsOk++;
      t.bookChanged?.();
    }
    return r;
  }

  private noteBook(target: MdTarget, sum: number): void {
    const touched = this.touched;
    const n = this.touchedCount;
    for (let i = 0; i < n; i++) {
      if (touched[i] === target) {
        if (!Number.isNaN(sum)) this.sums[i] = sum;
        return;
      }
    }
    touched[n] = target;
    this.sums[n] = sum;
    this.touchedCount = n + 1;
  }
}

function sideOf(c: number): Side | null {
  return c === 0x31 ? 'buy' : c === 0x32 ? 'sell' : null;
}
