// The ladder's title line: symbol, the book's health (live, stale, resyncing: stale books are shown but not traded
// from), and a pointer to the touch when the trader has scrolled it out of view.
import type { ReactNode } from 'react';
import type { BookFrame } from '../../../../shared/domain/market-data.js';

type Health = 'waiting' | 'live' | 'stale' | 'resyncing';

const LABEL: Readonly<Record<Health, string>> = { waiting: 'Waiting', live: 'Live', stale: 'Stale', resyncing: 'Resyncing' };
const TITLE: Readonly<Record<Health, string>> = {
  waiting: 'No book received yet for this symbol.',
  live: 'Book is updating.',
  stale: 'No update within the staleness limit, or the session is down: click trading is off.',
  resyncing: 'The venue checksum failed and a fresh snapshot is on its way: click trading is off.',
};

function healthOf(book: BookFrame | undefined): Health {
  if (book === undefined) return 'waiting';
  if (book.resyncing) return 'resyncing';
  return book.stale ? 'stale' : 'live';
}

interface Props {
  titleId: string;
  symbol: string | null;
  book: BookFrame | undefined;
  /** The touch is above / below the visible rows. */
  above: boolean;
  below: boolean;
  onCentre(): void;
}

export function LadderHeader({ titleId, symbol, book, above, below, onCentre }: Props): ReactNode {
  const health = healthOf(book);
  return (
    <header className="ld-header">
      <h2 className="ws-panel-title" id={titleId}>
        Ladder <span className="ws-panel-symbol">{symbol ?? '—'}</span>
      </h2>
      {(above || below) && (
        <button type="button" className="ld-away" onClick={onCentre} title="The market is out of view: centre on it (C)">
          {above ? '▲ Market above' : '▼ Market below'}
        </button>
      )}
      <span className={`ld-health ${health}`} data-health={health} title={TITLE[health]}>
        {LABEL[health]}
      </span>
    </header>
  );
}
