// Where each stored outbound message sits in the store file, by MsgSeqNum. Parallel sorted arrays rather than a
// Map: appends are almost always in increasing order (a push), and a range lookup is one binary search.

export interface MessageLocation {
  seq: number;
  /** File offset of the payload (the raw message). */
  offset: number;
  length: number;
}

export class SeqIndex {
  private seqs: number[] = [];
  private offsets: number[] = [];
  private lengths: number[] = [];

  get size(): number {
    return this.seqs.length;
  }

  set(seq: number, offset: number, length: number): void {
    const n = this.seqs.length;
    if (n === 0 || seq > (this.seqs[n - 1] as number)) {
      this.seqs.push(seq);
      this.offsets.push(offset);
      this.lengths.push(length);
      return;
    }
    const i = this.lowerBound(seq);
    if (this.seqs[i] === seq) {
      this.offsets[i] = offset;
      this.lengths[i] = length;
    } else {
      this.seqs.splice(i, 0, seq);
      this.offsets.splice(i, 0, offset);
      this.lengths.splice(i, 0, length);
    }
  }

  /** Locations with begin <= seq <= end, ascending, at most limit. */
  range(begin: number, end: number, limit: number): MessageLocation[] {
    const out: MessageLocation[] = [];
    for (let i = this.lowerBound(begin); i < this.seqs.length && out.length < limit; i++) {
      const seq = this.seqs[i] as number;
      if (seq > end) break;
      out.push({ seq, offset: this.offsets[i] as number, length: this.lengths[i] as number });
    }
    return out;
  }

  clear(): void {
    this.seqs = [];
    this.offsets = [];
    this.lengths = [];
  }

  private lowerBound(seq: number): number {
    let lo = 0;
    let hi = this.seqs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.seqs[mid] as number) < seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
