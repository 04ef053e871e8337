// What the workstation must ask a venue about after a restart: every order that was working at the venue (it has a
// venue OrderID) when the app last saw it, per trading session, kept in a small JSON file in the data directory.
// After the session's first logon in this run the core sends a 35=H for each (OrderManager.requestStatus with
// targets), so orders placed before a restart, or from this account elsewhere, come back as recovered rows with
// the venue's state. Only identifiers are kept: no prices, quantities or anything secret.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isTerminalStatus } from '../../../shared/domain/orders.js';
import type { OrdersDelta } from '../../../shared/ipc/streams.js';
import type { StatusTarget } from '../../oms/index.js';

const entry = z.strictObject({
  sessionId: z.string().max(64),
  orderId: z.string().min(1).max(64),
  symbol: z.string().min(1).max(32),
  side: z.enum(['buy', 'sell']),
});
const fileSchema = z.strictObject({ orders: z.array(entry).max(100_000) });

type Entry = z.infer<typeof entry>;

export class OrderMemory {
  private readonly working = new Map<string, Entry>();
  /** What the previous run left, per session, until asked once. */
  private readonly carried = new Map<string, StatusTarget[]>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly file: string,
    private readonly log: (line: string) => void,
    /** Sessions whose venue starts afresh with the app (the embedded exchange): nothing to carry over. */
    private readonly ephemeral: (sessionId: string) => boolean,
  ) {
    for (const e of this.read()) {
      this.working.set(`${e.sessionId}/${e.orderId}`, e);
      if (this.ephemeral(e.sessionId)) continue;
      const list = this.carried.get(e.sessionId) ?? [];
      list.push({ orderId: e.orderId, symbol: e.symbol, side: e.side });
      this.carried.set(e.sessionId, list);
    }
  }

  /** The previous run's working orders of a session, once (the first logon asks; later logons the OMS covers). */
  takeCarried(sessionId: string): StatusTarget[] {
    const list = this.carried.get(sessionId) ?? [];
    this.carried.delete(sessionId);
    return list;
  }

  onDelta(delta: OrdersDelta): void {
    let changed = false;
    for (const o of delta.orders) {
      if (o.orderId === null) continue;
      const key = `${o.sessionId}/${o.orderId}`;
      if (isTerminalStatus(o.status)) changed = this.working.delete(key) || changed;
      else if (!this.working.has(key)) {
        this.working.set(key, { sessionId: o.sessionId, orderId: o.orderId, symbol: o.symbol, side: o.side });
        changed = true;
      }
    }
    if (changed) this.scheduleSave();
  }

  /** Writes now (on close). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.save();
  }

  private scheduleSave(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.save();
    }, 250);
    this.timer.unref?.();
  }

  private save(): void {
    const tmp = `${this.file}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify({ orders: [...this.working.values()] }), { mode: 0o600 });
      fs.renameSync(tmp, this.file);
    } catch (err) {
      this.log(`working orders not saved to ${this.file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private read(): Entry[] {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data.orders;
      this.log(
        `${this.file} is not a list of working orders; starting without it (${parsed.error.issues[0]?.message ?? ''})`,
      );
    } catch {
      this.log(`${this.file} is not valid JSON; starting without it`);
    }
    return [];
  }
}
