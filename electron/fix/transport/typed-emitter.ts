// A minimal typed event emitter for the transport layer. Unlike node:events, an 'error' event with no listener
// is not thrown: every emitter here documents its events and callers subscribe to what they need.

type Handler = (...args: never[]) => void;

export class TypedEmitter<E extends { [K in keyof E]: Handler }> {
  private readonly handlers = new Map<keyof E, Handler[]>();

  on<K extends keyof E>(event: K, fn: E[K]): void {
    const list = this.handlers.get(event);
    if (list) list.push(fn);
    else this.handlers.set(event, [fn]);
  }

  off<K extends keyof E>(event: K, fn: E[K]): void {
    const list = this.handlers.get(event);
    if (!list) return;
    const i = list.indexOf(fn);
    if (i >= 0) list.splice(i, 1);
  }

  protected emit<K extends keyof E>(event: K, ...args: Parameters<E[K]>): void {
    const list = this.handlers.get(event);
    if (!list) return;
    for (const fn of list.slice()) (fn as unknown as (...a: Parameters<E[K]>) => void)(...args);
  }

  protected listenerCount(event: keyof E): number {
    return this.handlers.get(event)?.length ?? 0;
  }
}
