// The strip above each blotter: title and row count, quick filter, group by, the blotter's own controls, export.
import type { ReactNode } from 'react';
import { ExportCsvButton, GroupBySelect, QuickFilterInput, type GroupBy } from '../../grid/index.js';
import type { Blotter } from './use-blotter.js';

export interface Feedback {
  readonly text: string;
  readonly ok: boolean;
  readonly at: number;
}

export function BlotterToolbar<T>({
  titleId,
  title,
  shown,
  noun,
  nounOne,
  blotter,
  groupOptions,
  onExport,
  children,
}: {
  readonly titleId: string;
  readonly title: string;
  readonly shown: number;
  readonly noun: string;
  readonly nounOne: string;
  readonly blotter: Blotter<T>;
  readonly groupOptions: readonly GroupBy<T>[];
  readonly onExport: () => void;
  readonly children?: ReactNode;
}): ReactNode {
  return (
    <div className="ws-toolbar">
      <h2 id={titleId}>{title}</h2>
      <span className="ws-toolbar-count" aria-live="polite" data-testid="blotter-count">
        {shown.toLocaleString('en-GB')} {shown === 1 ? nounOne : noun}
      </span>
      <QuickFilterInput
        value={blotter.quickFilter}
        onChange={blotter.setQuickFilter}
        label={`Filter ${title.toLowerCase()}`}
      />
      {groupOptions.length > 0 && (
        <GroupBySelect options={groupOptions} value={blotter.groupId} onChange={blotter.setGroupId} />
      )}
      <span className="ws-toolbar-spacer" />
      {children}
      <ExportCsvButton onExport={onExport} what={title.toLowerCase()} />
    </div>
  );
}
