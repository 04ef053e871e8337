// Two messages side by side, field by field (the older on the left): changed, added and removed fields, with
// enum labels, so "what moved between these two ExecutionReports" reads at a glance (39 NEW → FILLED).
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { FixMessageRecord } from '../../../../shared/domain/fix-messages.js';
import type { FixDictionary } from './fix-dictionary.js';
import { splitFields } from './fix-structure.js';
import { EnumLabel, FieldValue, MASK, MessageHeading } from './MessageDetail.js';
import { diffCounts, diffMessages, type DiffKind } from './message-diff.js';
import { FieldsHead, type ValueColumn } from './FieldsHead.js';

const KIND_LABEL: Readonly<Record<DiffKind, string>> = {
  same: 'same',
  changed: 'changed',
  added: 'added',
  removed: 'removed',
};

function Labelled({
  dict,
  tag,
  value,
}: {
  dict: FixDictionary;
  tag: number | null;
  value: string | undefined;
}): ReactNode {
  const label = tag === null || value === undefined || value === MASK ? undefined : dict.enumLabel(tag, value);
  return (
    <>
      <FieldValue value={value} />
      {label !== undefined && (
        <span className="fix-diff-label">
          {' '}
          <EnumLabel text={label} />
        </span>
      )}
    </>
  );
}

const DIFF_COLUMNS: readonly ValueColumn[] = [
  { heading: 'A' },
  { heading: 'B' },
  { heading: 'Change', colClass: 'col-change' },
];

export function MessageDiff(props: {
  left: FixMessageRecord;
  right: FixMessageRecord;
  dict: FixDictionary;
}): ReactNode {
  const { left, right, dict } = props;
  const [onlyDifferences, setOnlyDifferences] = useState(true);
  const toggleId = useId();
  const rows = useMemo(() => diffMessages(splitFields(left.text), splitFields(right.text)), [left, right]);
  const counts = diffCounts(rows);
  const shown = onlyDifferences ? rows.filter((r) => r.kind !== 'same') : rows;
  return (
    <div className="fix-detail fix-diff">
      <h3 className="fix-detail-heading">Compare</h3>
      <dl className="fix-diff-sides">
        <dt>A</dt>
        <dd>
          <MessageHeading record={left} dict={dict} />
        </dd>
        <dt>B</dt>
        <dd>
          <MessageHeading record={right} dict={dict} />
        </dd>
      </dl>
      <div className="fix-diff-bar">
        <span className="fix-diff-counts" role="status">
          {counts.changed} changed · {counts.added} added · {counts.removed} removed · {counts.same} same
        </span>
        <label htmlFor={toggleId} className="pc-check">
          <input
            id={toggleId}
            type="checkbox"
            checked={onlyDifferences}
            onChange={(e) => setOnlyDifferences(e.target.checked)}
          />
          Only differences
        </label>
      </div>
      <table className="fix-fields" aria-label="Field differences, A against B">
        <FieldsHead columns={DIFF_COLUMNS} />
        <tbody>
          {shown.map((r) => (
            <tr key={r.key} className={`fix-diff-${r.kind}`} data-tag={r.tag ?? ''} data-change={r.kind}>
              <td className="pc-num pc-mono">{r.tag ?? '?'}</td>
              <td className="fix-name">
                {r.tag === null ? '(not tag=value)' : (dict.tagName(r.tag) ?? '')}
                {r.occurrence > 1 && <span className="fix-occurrence"> #{r.occurrence}</span>}
              </td>
              <td className="pc-mono fix-value">
                <Labelled dict={dict} tag={r.tag} value={r.left} />
              </td>
              <td className="pc-mono fix-value">
                <Labelled dict={dict} tag={r.tag} value={r.right} />
              </td>
              <td className="fix-diff-kind">{KIND_LABEL[r.kind]}</td>
            </tr>
          ))}
          {shown.length === 0 && (
            <tr>
              <td colSpan={5} className="pc-empty">
                The two messages are identical field by field.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
