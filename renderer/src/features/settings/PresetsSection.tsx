// Quantity presets per symbol ("*" for any symbol without its own): the buttons the ticket and ladder offer.
// Quantities are decimal text as typed ("0.001 0.01 0.1"); main checks each one and names the symbol and the
// position of a refused one.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useBridge } from '../../bridge/index.js';
import { saveUiPatch } from '../../shell/save-ui.js';
import { useWorkstationStore } from '../../state/store.js';
import { issueAt, NO_ISSUES, parseIssues, refusalText, unplacedIssues, type Issues } from './field-issues.js';

interface Row {
  readonly key: number;
  readonly symbol: string;
  readonly qtys: string;
}

let nextRow = 1;

function rowsOf(presets: Readonly<Record<string, readonly string[]>> | undefined): Row[] {
  return Object.entries(presets ?? {}).map(([symbol, qtys]) => ({ key: nextRow++, symbol, qtys: qtys.join(' ') }));
}

function parseRows(rows: readonly Row[]): { presets: Record<string, string[]>; errors: Record<number, string> } {
  const presets: Record<string, string[]> = {};
  const errors: Record<number, string> = {};
  for (const r of rows) {
    const symbol = r.symbol.trim();
    if (symbol === '') errors[r.key] = 'symbol is missing';
    else if (presets[symbol] !== undefined) errors[r.key] = `${symbol} is listed twice`;
    else presets[symbol] = r.qtys.split(/[\s,;]+/).filter((q) => q !== '');
  }
  return { presets, errors };
}

export function PresetsSection(): ReactNode {
  const { api } = useBridge();
  const uid = useId();
  const saved = useWorkstationStore((s) => s.settings?.ui.qtyPresets);
  const symbols = useWorkstationStore((s) => s.instrumentOrder);
  const [edited, setEdited] = useState<Row[] | null>(null);
  const savedRows = useMemo(() => rowsOf(saved), [saved]);
  const rows = edited ?? savedRows;
  const [issues, setIssues] = useState<Issues>(NO_ISSUES);
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (next: Row[]): void => {
    setEdited(next);
    setStatus(null);
  };
  const change = (key: number, patch: Partial<Row>): void =>
    update(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async (): Promise<void> => {
    const { presets, errors } = parseRows(rows);
    setRowErrors(errors);
    if (Object.keys(errors).length > 0) {
      setStatus({ ok: false, text: 'Not saved: fix the marked rows.' });
      return;
    }
    setBusy(true);
    const outcome = await saveUiPatch(api, { qtyPresets: presets });
    setBusy(false);
    if (outcome.ok) {
      setEdited(null);
      setIssues(NO_ISSUES);
      setStatus({ ok: true, text: 'Presets saved.' });
    } else {
      setIssues(parseIssues(outcome.reason));
      setStatus({ ok: false, text: `Not saved: ${refusalText(outcome.reason)}` });
    }
  };

  const shownPaths = rows.map((r) => `qtyPresets.${r.symbol.trim()}`);
  const others = unplacedIssues(issues, shownPaths);
  return (
    <div className="st-presets">
      <h3 id={`${uid}-title`}>Quantity presets</h3>
      <p className="st-note">
        Quantities in the base currency, separated by spaces; up to 8 per symbol. “*” applies to every symbol without
        its own row.
      </p>
      {others.length > 0 && (
        <ul className="st-issues">
          {others.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <datalist id={`${uid}-symbols`}>
        {['*', ...symbols].map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <table className="st-table st-preset-table" aria-labelledby={`${uid}-title`}>
        <thead>
          <tr>
            <th scope="col">Symbol</th>
            <th scope="col">Quantities</th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const error = rowErrors[r.key] ?? issueAt(issues, `qtyPresets.${r.symbol.trim()}`);
            const errorId = `${uid}-err-${r.key}`;
            return (
              <tr key={r.key} data-symbol={r.symbol}>
                <td>
                  <input
                    className="st-input st-mono"
                    value={r.symbol}
                    list={`${uid}-symbols`}
                    aria-label={`Symbol, row ${i + 1}`}
                    aria-invalid={error !== undefined ? true : undefined}
                    aria-describedby={error !== undefined ? errorId : undefined}
                    spellCheck={false}
                    onChange={(e) => change(r.key, { symbol: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    className="st-input st-mono st-wide"
                    value={r.qtys}
                    aria-label={`Quantities for ${r.symbol || `row ${i + 1}`}`}
                    aria-invalid={error !== undefined ? true : undefined}
                    aria-describedby={error !== undefined ? errorId : undefined}
                    spellCheck={false}
                    onChange={(e) => change(r.key, { qtys: e.target.value })}
                  />
                  {error !== undefined && (
                    <span className="st-error" id={errorId}>
                      {error}
                    </span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="ws-button st-btn st-icon"
                    aria-label={`Remove presets for ${r.symbol || `row ${i + 1}`}`}
                    onClick={() => update(rows.filter((x) => x.key !== r.key))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="st-actions">
        <button
          type="button"
          className="ws-button st-btn"
          onClick={() => update([...rows, { key: nextRow++, symbol: '', qtys: '' }])}
        >
          Add symbol
        </button>
        <button
          type="button"
          className="ws-button st-btn st-primary"
          disabled={busy || edited === null}
          onClick={() => void save()}
        >
          Save presets
        </button>
        <button
          type="button"
          className="ws-button st-btn"
          disabled={edited === null}
          onClick={() => {
            setEdited(null);
            setIssues(NO_ISSUES);
            setRowErrors({});
            setStatus(null);
          }}
        >
          Revert
        </button>
        <span className={`st-status${status?.ok === false ? ' failed' : ''}`} role="status">
          {status?.text}
        </span>
      </div>
    </div>
  );
}
