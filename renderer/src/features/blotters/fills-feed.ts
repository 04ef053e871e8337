// Keeps the fills grid in step with main. Fills only ever arrive (never change), so each delta is one asynchronous
// add transaction (ag-grid batches them per 50 ms, which keeps a fill storm from re-sorting 100,000 rows per
// message); fills already shown are skipped (main may repeat one after a resend), and past MAX_FILLS the oldest go,
// as they do in the store.
import type { GridApi } from 'ag-grid-community';
import type { FillView } from '../../../../shared/domain/orders.js';
import type { GridGrouping } from '../../grid/grid-grouping.js';
import type { GridRow } from '../../grid/group-rows.js';
import { MAX_FILLS } from '../../state/orders-slice.js';

export const fillIdOf = (f: FillView): string => `${f.sessionId}/${f.execId}`;

export class FillsFeed {
  private readonly ids = new Set<string>();
  /** Oldest first; `head` is where the live part starts (trimmed entries are dropped in batches). */
  private queue: FillView[] = [];
  private head = 0;

  constructor(
    private readonly api: GridApi<GridRow<FillView>>,
    private readonly grouping: GridGrouping<FillView>,
    private readonly limit: number = MAX_FILLS,
  ) {}

  get size(): number {
    return this.ids.size;
  }

  replace(fills: readonly FillView[]): void {
    this.api.flushAsyncTransactions();
    this.ids.clear();
    this.queue = [];
    this.head = 0;
    const fresh = this.accept(fills);
    const kept = fresh.slice(-this.limit);
    if (kept.length < fresh.length)
      for (const f of fresh.slice(0, fresh.length - kept.length)) this.ids.delete(fillIdOf(f));
    this.queue = kept;
    const headers = this.grouping.setGroupBy(this.grouping.active, kept);
    this.api.setGridOption('rowData', [...headers.add, ...kept]);
  }

  append(fills: readonly FillView[]): void {
    const add = this.accept(fills);
    if (add.length === 0) return;
    for (const f of add) this.queue.push(f);
    const excess = this.queue.length - this.head - this.limit;
    const remove = excess > 0 ? this.queue.slice(this.head, this.head + excess) : [];
    for (const f of remove) this.ids.delete(fillIdOf(f));
    this.head += remove.length;
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    const headers = this.grouping.track(add, remove.map(fillIdOf));
    this.api.applyTransactionAsync({ add: [...headers.add, ...add], remove: [...remove, ...headers.remove] });
  }

  private accept(fills: readonly FillView[]): FillView[] {
    const out: FillView[] = [];
    for (const f of fills) {
      const id = fillIdOf(f);
      if (this.ids.has(id)) continue;
      this.ids.add(id);
      out.push(f);
    }
    return out;
  }
}
