// The book's health as a badge: Live, Stale (no update within main's staleness limit, or the session is down: show
// it, do not trade off it) or Resyncing (a checksum failed and a fresh snapshot is on its way), with the age of the
// last update ticking locally.
import type { ReactNode } from 'react';
import type { BookFrame } from '../../../../shared/domain/market-data.js';
import { formatAge } from './format.js';
import { useNow } from './use-now.js';

type Health = 'waiting' | 'live' | 'stale' | 'resyncing';

const LABEL: Readonly<Record<Health, string>> = {
  waiting: 'Waiting',
  live: 'Live',
  stale: 'Stale',
  resyncing: 'Resyncing',
};

const TITLE: Readonly<Record<Health, string>> = {
  waiting: 'No book received yet for this symbol.',
  live: 'Book is updating.',
  stale: 'No update within the staleness limit or the session is down: do not trade off these prices.',
  resyncing: 'The venue checksum failed; a fresh snapshot was requested.',
};

export function healthOf(book: BookFrame | undefined): Health {
  if (book === undefined) return 'waiting';
  if (book.resyncing) return 'resyncing';
  return book.stale ? 'stale' : 'live';
}

export function BookHealth({ book }: { book: BookFrame | undefined }): ReactNode {
  const now = useNow(500);
  const health = healthOf(book);
  return (
    <span className="book-health" data-health={health} data-updated-at={book?.updatedAt}>
      <span className={`health-badge ${health}`} title={TITLE[health]}>
        {LABEL[health]}
      </span>
      {book !== undefined && (
        <span className="book-age" title="Time since the last book update">
          {formatAge(now - book.updatedAt)}
        </span>
      )}
    </span>
  );
}
