// The instruments a market-data session knows (main process): from the venue's SecurityList (35=y), joined
// across fragments (893 LastFragment=N), or from the venue profile for a plain FIX 4.4 venue whose list carries no
// rules. The books take their checksum precisions from here.

import type { InstrumentInfo } from '../../shared/domain/instruments.js';
import type { SecurityListPage } from './security-list.js';

export interface CompleteList {
  readonly list: readonly InstrumentInfo[];
  readonly incomplete: readonly string[];
}

export class InstrumentCatalog {
  private current: InstrumentInfo[] = [];
  private readonly pages = new Map<string, { list: InstrumentInfo[]; incomplete: string[] }>();

  get list(): readonly InstrumentInfo[] {
    return this.current;
  }

  find(symbol: string): InstrumentInfo | undefined {
    return this.current.find((i) => i.symbol === symbol);
  }

  set(list: readonly InstrumentInfo[]): void {
    this.current = [...list];
  }

  /** One valid page (560=0); the whole list once its last fragment is in, else null. */
  accept(page: SecurityListPage): CompleteList | null {
    const acc = this.pages.get(page.securityReqId) ?? { list: [], incomplete: [] };
    acc.list.push(...page.instruments);
    acc.incomplete.push(...page.incomplete);
    if (!page.last) {
      this.pages.set(page.securityReqId, acc);
      return null;
    }
    this.pages.delete(page.securityReqId);
    // A list that left rules out (a plain FIX 4.4 venue) must not wipe what the profile said about those symbols.
    const kept =
      acc.incomplete.length === 0 ? [] : this.current.filter((i) => !acc.list.some((n) => n.symbol === i.symbol));
    this.current = [...kept, ...acc.list];
    return acc;
  }
}
