// Everything that arrives on the scenario's socket, in order: messages, frames our codec refused, and the close.
// Scenarios consume it one item at a time, like QuickFIX's test runner reading the next 'E' line.
import type { ReceivedMessage } from './received-message.js';

export type InboxItem =
  | { readonly kind: 'message'; readonly message: ReceivedMessage; readonly problems: readonly string[] }
  | { readonly kind: 'garbled'; readonly reason: string; readonly text: string }
  | { readonly kind: 'closed'; readonly detail: string };

export class Inbox {
  private readonly items: InboxItem[] = [];
  private waiter: ((item: InboxItem | null) => void) | null = null;
  private closedItem: InboxItem | null = null;

  push(item: InboxItem): void {
    if (this.closedItem !== null) return;
    if (item.kind === 'closed') this.closedItem = item;
    const w = this.waiter;
    if (w !== null) {
      this.waiter = null;
      w(item);
    } else {
      this.items.push(item);
    }
  }

  get isClosed(): boolean {
    return this.closedItem !== null;
  }

  /** The next item, or null if nothing arrives within `ms`. Once closed (and drained) it answers 'closed' forever. */
  next(ms: number): Promise<InboxItem | null> {
    const queued = this.items.shift();
    if (queued !== undefined) {
      if (queued.kind === 'closed') this.items.unshift(queued);
      return Promise.resolve(queued);
    }
    if (this.closedItem !== null) return Promise.resolve(this.closedItem);
    if (this.waiter !== null) throw new Error('a scenario awaited two expectations at once on one connection');
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => {
          this.waiter = null;
          resolve(null);
        },
        Math.max(0, ms),
      );
      this.waiter = (item) => {
        clearTimeout(timer);
        resolve(item);
      };
    });
  }
}
