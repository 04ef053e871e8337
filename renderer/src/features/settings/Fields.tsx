// Labelled form controls for the settings forms: the label is a real <label>, main's reason for a refused value
// sits under the control, is tied to it (aria-describedby) and marks it invalid, so a screen reader reads the
// reason with the field.
import { useId, type ReactNode } from 'react';

interface BaseProps {
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  /** Field path in main's reasons ("trading.port"): lets the form focus the first refused field. */
  readonly path?: string;
  readonly className?: string;
}

function Describe({
  id,
  error,
  hint,
}: {
  id: string;
  error?: string | undefined;
  hint?: string | undefined;
}): ReactNode {
  return (
    <>
      {hint !== undefined && (
        <span className="st-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error !== undefined && (
        <span className="st-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint !== undefined ? `${id}-hint` : '', error !== undefined ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export interface TextFieldProps extends BaseProps {
  readonly value: string;
  onChange?(value: string): void;
  readonly readOnly?: boolean;
  readonly type?: 'text' | 'password';
  readonly inputMode?: 'text' | 'numeric';
  readonly autoComplete?: string;
  readonly placeholder?: string;
  readonly size?: 'xs' | 's' | 'm' | 'l';
}

export function TextField(p: TextFieldProps): ReactNode {
  const id = useId();
  return (
    <div className={`st-field st-size-${p.size ?? 'm'}${p.className ? ` ${p.className}` : ''}`}>
      <label htmlFor={id}>{p.label}</label>
      <input
        id={id}
        type={p.type ?? 'text'}
        value={p.value}
        readOnly={p.readOnly}
        inputMode={p.inputMode}
        autoComplete={p.autoComplete ?? 'off'}
        spellCheck={false}
        placeholder={p.placeholder}
        data-path={p.path}
        aria-invalid={p.error !== undefined ? true : undefined}
        aria-describedby={describedBy(id, p.error, p.hint)}
        onChange={(e) => p.onChange?.(e.target.value)}
      />
      <Describe id={id} error={p.error} hint={p.hint} />
    </div>
  );
}

export interface CheckFieldProps extends BaseProps {
  readonly checked: boolean;
  onChange?(checked: boolean): void;
  readonly disabled?: boolean;
}

export function CheckField(p: CheckFieldProps): ReactNode {
  const id = useId();
  return (
    <div className={`st-check${p.className ? ` ${p.className}` : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={p.checked}
        disabled={p.disabled}
        data-path={p.path}
        aria-invalid={p.error !== undefined ? true : undefined}
        aria-describedby={describedBy(id, p.error, p.hint)}
        onChange={(e) => p.onChange?.(e.target.checked)}
      />
      <label htmlFor={id}>{p.label}</label>
      <Describe id={id} error={p.error} hint={p.hint} />
    </div>
  );
}

export interface SelectFieldProps<T extends string> extends BaseProps {
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  onChange?(value: T): void;
  readonly disabled?: boolean;
}

export function SelectField<T extends string>(p: SelectFieldProps<T>): ReactNode {
  const id = useId();
  return (
    <div className={`st-field st-size-m${p.className ? ` ${p.className}` : ''}`}>
      <label htmlFor={id}>{p.label}</label>
      <select
        id={id}
        value={p.value}
        disabled={p.disabled}
        data-path={p.path}
        aria-invalid={p.error !== undefined ? true : undefined}
        aria-describedby={describedBy(id, p.error, p.hint)}
        onChange={(e) => p.onChange?.(e.target.value as T)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Describe id={id} error={p.error} hint={p.hint} />
    </div>
  );
}

/** Focuses the first control whose path has an issue (after a refused save), so the keyboard lands on it. */
export function focusFirstInvalid(root: HTMLElement | null): void {
  root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
