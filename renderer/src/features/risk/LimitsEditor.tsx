// Pre-trade limits as an editable table. Edits go to a copy (the draft), checked field by field as typed; Save sends
// the whole set with setLimits and shows main's refusal when it has one. Blank means "no limit". A symbol's own row
// replaces the "*" row entirely for that symbol, which is why a new row starts as a copy of "*".
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { CommandChannel } from '../../../../shared/ipc/channels.js';
import type { RiskLimits } from '../../../../shared/domain/risk.js';
import { useBridge } from '../../bridge/index.js';
import { useWorkstationStore } from '../../state/store.js';
import { AccountLimitsFields } from './AccountLimitsFields.js';
import {
  checkDraft,
  DEFAULT_SYMBOL,
  emptyInstrument,
  errorId,
  INSTRUMENT_FIELDS,
  instrumentKey,
  sameDraft,
  toDraft,
  type InstrumentField,
  type LimitsDraft,
} from './limits-draft.js';
import { useRiskPanelStore } from './risk.state.js';

export const FIELD_LABEL: Readonly<Record<InstrumentField, string>> = {
  maxOrderQty: 'Max order qty',
  maxNotional: 'Max notional',
  priceBandPct: 'Price band %',
  priceBandTicks: 'Price band ticks',
  maxPosition: 'Max position',
};

const FIELD_HINT: Readonly<Record<InstrumentField, string>> = {
  maxOrderQty: 'Largest quantity of one order, in the base currency',
  maxNotional: 'Largest price × quantity of one order, in the quote currency',
  priceBandPct: 'How far (percent) a limit price may sit beyond the far touch',
  priceBandTicks: 'How far (ticks) a limit price may sit beyond the far touch; 0 = not beyond it at all',
  maxPosition: 'Largest absolute position an order could lead to, in the base currency; 0 = reduce only',
};

export function LimitsEditor({ limits, linkUp }: { limits: RiskLimits; linkUp: boolean }): ReactNode {
  const { api } = useBridge();
  const instrumentOrder = useWorkstationStore((s) => s.instrumentOrder);
  const inFlight = useRiskPanelStore((s) => s.inFlight);
  const feedback = useRiskPanelStore((s) => s.feedback);
  const run = useRiskPanelStore((s) => s.run);
  const [base, setBase] = useState(limits);
  const [draft, setDraft] = useState<LimitsDraft>(() => toDraft(limits));
  const [newSymbol, setNewSymbol] = useState('');
  const addId = useId();
  const listId = useId();
  const baseDraft = useMemo(() => toDraft(base), [base]);
  const dirty = !sameDraft(draft, baseDraft);
  // main's limits moved (a save here or elsewhere): follow them while nothing is edited, else keep the edits.
  if (limits !== base && !dirty) {
    setBase(limits);
    setDraft(toDraft(limits));
  }
  const stale = limits !== base && dirty;
  const check = useMemo(() => checkDraft(draft), [draft]);
  const errors = Object.entries(check.errors);
  const present = new Set(draft.instruments.map((r) => r.symbol));
  const addable = instrumentOrder.filter((s) => !present.has(s));
  const newSymbolTrimmed = newSymbol.trim();
  const canAdd = newSymbolTrimmed !== '' && !present.has(newSymbolTrimmed);
  const canSave = linkUp && dirty && check.limits !== null && inFlight === null;

  const setField = (index: number, field: InstrumentField, value: string): void =>
    setDraft((d) => ({
      ...d,
      instruments: d.instruments.map((r, i) => (i === index ? { ...r, values: { ...r.values, [field]: value } } : r)),
    }));
  const addRow = (): void => {
    if (!canAdd) return;
    const defaults = draft.instruments.find((r) => r.symbol === DEFAULT_SYMBOL);
    const row =
      defaults === undefined
        ? emptyInstrument(newSymbolTrimmed)
        : { symbol: newSymbolTrimmed, values: defaults.values };
    setDraft((d) => ({ ...d, instruments: [...d.instruments, row] }));
    setNewSymbol('');
  };
  const removeRow = (index: number): void =>
    setDraft((d) => ({ ...d, instruments: d.instruments.filter((_, i) => i !== index) }));
  const save = (e: FormEvent): void => {
    e.preventDefault();
    const next = check.limits;
    if (!canSave || next === null) return;
    let saved: RiskLimits | null = null;
    void run(
      'save-limits',
      () => api.call(CommandChannel.setLimits, next),
      (state) => {
        saved = state.limits;
        return 'Limits saved and in force';
      },
    ).then(() => {
      if (saved === null) return;
      setBase(saved);
      setDraft(toDraft(saved));
    });
  };

  return (
    <form className="risk-limits" aria-labelledby="risk-limits-title" onSubmit={save} noValidate>
      <h3 id="risk-limits-title">Limits {dirty && <span className="risk-dirty">edited, not saved</span>}</h3>
      <AccountLimitsFields
        draft={draft}
        errors={check.errors}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
      />
      <div className="risk-limits-table-wrap">
        <table className="pc-table risk-limits-table" aria-label="Per-instrument limits (blank = no limit)">
          <thead>
            <tr>
              <th scope="col">Symbol</th>
              {INSTRUMENT_FIELDS.map((f) => (
                <th key={f} scope="col" className="pc-num" title={FIELD_HINT[f]}>
                  {FIELD_LABEL[f]}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.instruments.map((row, i) => {
              const name = row.symbol === DEFAULT_SYMBOL ? 'Default (*)' : row.symbol;
              return (
                <tr key={row.symbol} data-symbol={row.symbol}>
                  <th
                    scope="row"
                    className="pc-mono"
                    title={row.symbol === DEFAULT_SYMBOL ? 'Every symbol without its own row' : undefined}
                  >
                    {name}
                  </th>
                  {INSTRUMENT_FIELDS.map((f) => {
                    const key = instrumentKey(i, f);
                    const error = check.errors[key];
                    return (
                      <td key={f} className="pc-num">
                        <input
                          className="pc-input pc-mono risk-limit-input"
                          inputMode={f === 'priceBandTicks' ? 'numeric' : 'decimal'}
                          autoComplete="off"
                          spellCheck={false}
                          placeholder="none"
                          aria-label={`${name} ${FIELD_LABEL[f]}`}
                          aria-invalid={error !== undefined}
                          aria-describedby={error === undefined ? undefined : errorId(key)}
                          value={row.values[f]}
                          onChange={(e) => setField(i, f, e.target.value)}
                        />
                      </td>
                    );
                  })}
                  <td>
                    {row.symbol !== DEFAULT_SYMBOL && (
                      <button
                        type="button"
                        className="ws-button"
                        aria-label={`Remove the ${row.symbol} row (the default applies again)`}
                        onClick={() => removeRow(i)}
                      >
                        Remove
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="risk-limits-add">
        <label htmlFor={addId}>Add symbol</label>
        <input
          id={addId}
          className="pc-input pc-mono"
          list={listId}
          value={newSymbol}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setNewSymbol(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addRow();
            }
          }}
        />
        <datalist id={listId}>
          {addable.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <button type="button" className="ws-button" aria-disabled={!canAdd} onClick={addRow}>
          Add row
        </button>
      </div>
      {errors.length > 0 && (
        <ul className="risk-errors" aria-label="Problems to fix before saving">
          {errors.map(([key, text]) => (
            <li key={key} id={errorId(key)} className="pc-error">
              {describeKey(key, draft)}: {text}
            </li>
          ))}
        </ul>
      )}
      {stale && (
        <p className="risk-stale" role="status">
          The limits in force changed while you were editing. Save replaces them with this table; Revert shows them.
        </p>
      )}
      <div className="risk-limits-actions">
        <button
          type="submit"
          className="ws-button risk-save"
          aria-disabled={!canSave}
          aria-busy={inFlight === 'save-limits'}
        >
          Save limits
        </button>
        <button
          type="button"
          className="ws-button"
          aria-disabled={!dirty && !stale}
          onClick={() => {
            setBase(limits);
            setDraft(toDraft(limits));
          }}
        >
          Revert
        </button>
        {feedback?.command === 'save-limits' && (
          <span
            className={feedback.ok ? 'risk-feedback' : 'risk-feedback pc-error'}
            role={feedback.ok ? 'status' : 'alert'}
          >
            {feedback.ok ? feedback.text : `Not saved: ${feedback.text}`}
          </span>
        )}
      </div>
    </form>
  );
}

const ACCOUNT_LABEL: Readonly<Record<string, string>> = {
  maxOpenOrders: 'Max open orders',
  maxOrdersPerSecond: 'Max orders per second',
  duplicateWindowMs: 'Duplicate window (ms)',
};

function describeKey(key: string, draft: LimitsDraft): string {
  const [scope, a, b] = key.split('.');
  if (scope === 'account') return ACCOUNT_LABEL[a ?? ''] ?? key;
  if (scope === 'instrument') {
    const row = draft.instruments[Number(a)];
    const name = row?.symbol === DEFAULT_SYMBOL ? 'Default (*)' : (row?.symbol ?? '?');
    return b === 'symbol' ? `${name} symbol` : `${name} ${FIELD_LABEL[b as InstrumentField] ?? b}`;
  }
  return 'Instruments';
}
