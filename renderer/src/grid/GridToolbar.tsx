// The controls above a grid: a quick filter over every column, an optional "group by" choice and CSV export. Small
// labelled native controls, so each is reachable with Tab and announced by a screen reader.
import { useId, type ReactNode } from 'react';
import type { GroupBy } from './group-rows.js';

export function QuickFilterInput({
  value,
  onChange,
  label,
}: {
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly label: string;
}): ReactNode {
  return (
    <input
      type="search"
      className="ws-toolbar-filter"
      placeholder="Filter…"
      aria-label={label}
      value={value}
      spellCheck={false}
      autoComplete="off"
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && value !== '') {
          e.stopPropagation();
          onChange('');
        }
      }}
    />
  );
}

export function GroupBySelect<T>({
  options,
  value,
  onChange,
}: {
  readonly options: readonly GroupBy<T>[];
  readonly value: string | null;
  readonly onChange: (id: string | null) => void;
}): ReactNode {
  const id = useId();
  return (
    <span className="ws-toolbar-field">
      <label htmlFor={id}>Group</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">None</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export function ExportCsvButton({
  onExport,
  what,
}: {
  readonly onExport: () => void;
  readonly what: string;
}): ReactNode {
  return (
    <button type="button" className="ws-toolbar-button" onClick={onExport} aria-label={`Export ${what} to CSV`}>
      Export CSV
    </button>
  );
}
