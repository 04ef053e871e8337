// "Has this tag appeared in the current scope?" without a Set per message: one stamp array per group depth,
// and a fresh generation number per scope (message top level or group instance). Only the session's thread
// validates, so one instance per dictionary is reused across messages.

export const MAX_GROUP_DEPTH = 8;

export class SeenTags {
  private readonly stamps: Uint32Array[] = [];
  private readonly scope = new Uint32Array(MAX_GROUP_DEPTH);
  private gen = 0;

  /** `size`: tags below this are tracked; larger tags (rare custom ones) are never reported as repeated. */
  constructor(private readonly size: number) {}

  /** Start a message: called once per validation, far from the wrap-around of the generation counter. */
  startMessage(): void {
    if (this.gen > 0xf000_0000) {
      for (const s of this.stamps) s.fill(0);
      this.gen = 0;
    }
    this.enter(0);
  }

  /** Open a new scope at this depth (a new group instance). */
  enter(depth: number): void {
    this.scope[depth] = ++this.gen;
    if (this.stamps[depth] === undefined) this.stamps[depth] = new Uint32Array(this.size);
  }

  /** Mark the tag as seen in the current scope at this depth; returns true if it already was. */
  mark(depth: number, tag: number): boolean {
    if (tag >= this.size) return false;
    const s = this.stamps[depth]!;
    const g = this.scope[depth]!;
    if (s[tag] === g) return true;
    s[tag] = g;
    return false;
  }

  has(depth: number, tag: number): boolean {
    return tag < this.size && this.stamps[depth]![tag] === this.scope[depth];
  }
}
