// Column widths and headings of a table of FIX fields (the detail of one message, the diff of two): tag and name
// first, then the table's own value columns.
import type { ReactNode } from 'react';

export interface ValueColumn {
  readonly heading: string;
  /** The <col>'s class (its width in message-log.css); none for a column that takes the rest. */
  readonly colClass?: string;
}

export function FieldsHead({ columns }: { columns: readonly ValueColumn[] }): ReactNode {
  return (
    <>
      <colgroup>
        <col className="col-tag" />
        <col className="col-name" />
        {columns.map((c) => (
          <col key={c.heading} className={c.colClass} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="pc-num">
            Tag
          </th>
          <th scope="col">Name</th>
          {columns.map((c) => (
            <th key={c.heading} scope="col">
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
