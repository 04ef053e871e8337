// One FIX endpoint (trading or market data): where to connect, how (TLS, server name, extra CA), as whom
// (CompIDs) and the heartbeat interval.
import type { ReactNode } from 'react';
import { CheckField, TextField } from './Fields.js';
import { issueAt, type Issues } from './field-issues.js';
import type { EndpointDraft } from './profile-draft.js';

export interface EndpointFieldsProps {
  readonly legend: string;
  /** "trading" or "marketData": the path main names in its reasons. */
  readonly prefix: string;
  readonly draft: EndpointDraft;
  readonly issues: Issues;
  readonly readOnly: boolean;
  onChange(next: EndpointDraft): void;
}

export const ENDPOINT_FIELDS = [
  'host',
  'port',
  'tls',
  'serverName',
  'caFile',
  'senderCompId',
  'targetCompId',
  'heartBtIntSec',
] as const;

export function EndpointFields({ legend, prefix, draft, issues, readOnly, onChange }: EndpointFieldsProps): ReactNode {
  const set = <K extends keyof EndpointDraft>(key: K, value: EndpointDraft[K]): void =>
    onChange({ ...draft, [key]: value });
  const err = (key: string): string | undefined => issueAt(issues, `${prefix}.${key}`);
  const text = (
    key: Exclude<keyof EndpointDraft, 'tls'>,
    label: string,
    size: 'xs' | 's' | 'm' | 'l',
    hint?: string,
  ) => (
    <TextField
      label={label}
      value={draft[key]}
      onChange={(v) => set(key, v)}
      readOnly={readOnly}
      error={err(key)}
      path={`${prefix}.${key}`}
      size={size}
      hint={hint}
      inputMode={key === 'port' || key === 'heartBtIntSec' ? 'numeric' : 'text'}
    />
  );
  return (
    <fieldset className="st-fieldset" data-endpoint={prefix}>
      <legend>{legend}</legend>
      <div className="st-row">
        {text('host', 'Host', 'l')}
        {text('port', 'Port', 'xs')}
        <CheckField
          label="TLS"
          checked={draft.tls}
          disabled={readOnly}
          onChange={(v) => set('tls', v)}
          error={err('tls')}
          path={`${prefix}.tls`}
          className="st-inline-check"
        />
      </div>
      {draft.tls && (
        <div className="st-row">
          {text('serverName', 'TLS server name', 'm', 'When it differs from the host')}
          {text('caFile', 'CA file', 'l', 'Absolute path of extra CAs (PEM)')}
        </div>
      )}
      <div className="st-row">
        {text('senderCompId', 'SenderCompID (49)', 'm')}
        {text('targetCompId', 'TargetCompID (56)', 'm')}
        {text('heartBtIntSec', 'HeartBtInt (s)', 'xs')}
      </div>
    </fieldset>
  );
}
