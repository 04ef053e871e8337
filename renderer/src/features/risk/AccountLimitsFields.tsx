// The account-wide limits of the draft: open orders, order rate and the double-click guard.
import { useId, type ReactNode } from 'react';
import { errorId, type AccountField, type DraftErrors, type LimitsDraft } from './limits-draft.js';

const FIELDS: readonly { field: AccountField; label: string; hint: string; blank: string }[] = [
  { field: 'maxOpenOrders', label: 'Max open orders', hint: 'Across every session', blank: 'none' },
  {
    field: 'maxOrdersPerSecond',
    label: 'Max orders / s',
    hint: 'New orders and amends, sliding 1 s window',
    blank: 'none',
  },
  {
    field: 'duplicateWindowMs',
    label: 'Duplicate window ms',
    hint: 'An identical order within this window is refused as a double click; 0 turns the guard off',
    blank: 'required',
  },
];

export function AccountLimitsFields(p: {
  draft: LimitsDraft;
  errors: DraftErrors;
  onChange(patch: Partial<Pick<LimitsDraft, AccountField>>): void;
}): ReactNode {
  const base = useId();
  return (
    <div className="risk-account" role="group" aria-label="Account limits">
      {FIELDS.map(({ field, label, hint, blank }) => {
        const key = `account.${field}`;
        const error = p.errors[key];
        return (
          <span key={field} className="risk-account-field" title={hint}>
            <label htmlFor={`${base}-${field}`}>{label}</label>
            <input
              id={`${base}-${field}`}
              className="pc-input pc-mono risk-limit-input"
              inputMode="numeric"
              autoComplete="off"
              placeholder={blank}
              aria-invalid={error !== undefined}
              aria-describedby={error === undefined ? undefined : errorId(key)}
              value={p.draft[field]}
              onChange={(e) => p.onChange({ [field]: e.target.value })}
            />
          </span>
        );
      })}
    </div>
  );
}
