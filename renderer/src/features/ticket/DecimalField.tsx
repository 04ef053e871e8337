// A price or quantity input: free text (traders paste and type "0.5"), Arrow Up / Down step by one tick or lot (ten
// with Shift), the error inline under it once the field was left or a send was tried, and a unit after it.
import type { KeyboardEvent, ReactNode, Ref } from 'react';

interface Props {
  ref?: Ref<HTMLInputElement>;
  id: string;
  label: string;
  value: string;
  unit: string;
  error: string | undefined;
  showError: boolean;
  /** Key hint for the tooltip, e.g. "↑↓ one tick (Shift: ten)". */
  stepHint: string;
  onChange(value: string): void;
  onStep(steps: number): void;
  onBlur(): void;
  /** Buttons after the input (quantity presets, bid/ask copy). */
  children?: ReactNode;
}

export function DecimalField({
  ref,
  id,
  label,
  value,
  unit,
  error,
  showError,
  stepHint,
  onChange,
  onStep,
  onBlur,
  children,
}: Props): ReactNode {
  const shown = showError && error !== undefined;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if ((e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const n = e.shiftKey ? 10 : 1;
    onStep(e.key === 'ArrowUp' ? n : -n);
  };
  return (
    <div className={`tk-row${shown ? ' invalid' : ''}`}>
      <label className="tk-label" htmlFor={id}>
        {label}
      </label>
      <div className="tk-control">
        <div className="tk-input-line">
          <span className="tk-input-unit">
            <input
              ref={ref}
              id={id}
              className="tk-input num"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={value}
              title={stepHint}
              aria-invalid={shown}
              aria-describedby={shown ? `${id}-error` : undefined}
              onChange={(e) => onChange(e.currentTarget.value)}
              onKeyDown={onKeyDown}
              onBlur={onBlur}
            />
            <span className="tk-unit" aria-hidden="true">
              {unit}
            </span>
          </span>
          {children}
        </div>
        {shown && (
          <p id={`${id}-error`} className="tk-error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
