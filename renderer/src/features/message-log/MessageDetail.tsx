// One message in full: a row per field (tag, name, value, enum label) with repeating-group instances indented and
// numbered, then the raw text as sent or received ('|' for SOH) to read or copy. Secrets arrive masked ('***') from
// main and are shown as masked; nothing here can reveal them.
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import type { FixMessageRecord } from '../../../../shared/domain/fix-messages.js';
import { formatIsoTime, formatTime } from '../../grid/format.js';
import { copyText } from './copy-text.js';
import { msgTypeLabel, type FixDictionary } from './fix-dictionary.js';
import { splitFields, structureFields } from './fix-structure.js';
import { FieldsHead, type ValueColumn } from './FieldsHead.js';

export const MASK = '***';

const FIELD_COLUMNS: readonly ValueColumn[] = [{ heading: 'Value' }, { heading: 'Meaning', colClass: 'col-meaning' }];

export function FieldValue({ value }: { value: string | undefined }): ReactNode {
  if (value === undefined) return <span className="fix-absent">—</span>;
  if (value === MASK) {
    return (
      <span className="fix-masked" title="Masked in the main process: secrets never reach the screen">
        {MASK}
      </span>
    );
  }
  return value;
}

/** Enum labels are SHOUTED_SNAKE_CASE: let a narrow column break them after each underscore, not mid-word. */
export function EnumLabel({ text }: { text: string }): ReactNode {
  const parts = text.split('_');
  return parts.map((p, i) => (
    <Fragment key={i}>
      {p}
      {i < parts.length - 1 && (
        <>
          _<wbr />
        </>
      )}
    </Fragment>
  ));
}

export function MessageHeading({ record, dict }: { record: FixMessageRecord; dict: FixDictionary }): ReactNode {
  return (
    <>
      <span className="fix-heading-type">{msgTypeLabel(dict, record.msgType)}</span>
      <span className={record.direction === 'in' ? 'fix-dir-in' : 'fix-dir-out'}>
        {record.direction === 'in' ? '← in' : '→ out'}
      </span>
      <span>{record.sessionId}</span>
      {!record.garbled && <span className="pc-mono">seq {record.seqNum}</span>}
      <span className="pc-mono" title={formatIsoTime(record.time)}>
        {formatTime(record.time)}
      </span>
      {record.garbled && <span className="fix-garbled">GARBLED</span>}
    </>
  );
}

export function MessageDetail({ record, dict }: { record: FixMessageRecord; dict: FixDictionary }): ReactNode {
  const fields = useMemo(() => structureFields(splitFields(record.text), dict), [record, dict]);
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="fix-detail" data-message-id={record.id}>
      <h3 className="fix-detail-heading">
        <MessageHeading record={record} dict={dict} />
      </h3>
      {record.garbled ? (
        <p className="fix-garbled-note">
          Dropped on receipt (bad BodyLength or CheckSum): never processed. The text below is what arrived.
        </p>
      ) : (
        <table className="fix-fields" aria-label={`Fields of ${msgTypeLabel(dict, record.msgType)} ${record.seqNum}`}>
          <FieldsHead columns={FIELD_COLUMNS} />
          <tbody>
            {fields.map((f, i) => {
              const name = f.tag === null ? '(not tag=value)' : (dict.tagName(f.tag) ?? '');
              const label = f.tag === null || f.value === MASK ? undefined : dict.enumLabel(f.tag, f.value);
              return (
                <tr
                  key={i}
                  data-tag={f.tag ?? ''}
                  className={f.instance === undefined ? undefined : 'fix-instance-start'}
                >
                  <td className="pc-num pc-mono">{f.tag ?? '?'}</td>
                  <td className="fix-name" title={name} style={{ paddingLeft: `${6 + f.depth * 16}px` }}>
                    {f.instance !== undefined && (
                      <span className="fix-instance" aria-label={`group instance ${f.instance}`}>
                        #{f.instance}
                      </span>
                    )}
                    {name}
                  </td>
                  <td className="pc-mono fix-value">
                    <FieldValue value={f.value} />
                  </td>
                  <td className="fix-label">{label === undefined ? '' : <EnumLabel text={label} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="fix-raw-head">
        <h4 id={`fix-raw-${record.id}`}>Raw</h4>
        <button
          type="button"
          className="ws-button"
          onClick={() => void copyText(record.text).then(setCopied)}
          aria-describedby={`fix-raw-${record.id}`}
        >
          Copy raw
        </button>
        <span role="status" className="fix-copied">
          {copied}
        </span>
      </div>
      <pre className="fix-raw" tabIndex={0} aria-labelledby={`fix-raw-${record.id}`}>
        {record.text}
      </pre>
    </div>
  );
}
