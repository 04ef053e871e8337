// The order ticket: instrument, session, side, quantity with presets, order type with the prices it needs, time in
// force (GTD with its expiry), post-only and reduce-only, the order's value, and one send button in the side's
// colour. Checked in exact decimals against the instrument's rules before sending; main checks again and applies
// risk. Keyboard first: F1 / F2 pick the side from anywhere, Enter sends and Escape clears inside the ticket,
// Arrow Up / Down step prices by a tick and quantities by a lot.
import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import type { OrderType, Side, TimeInForce } from '../../../../shared/domain/orders.js';
import { useMarketSubscription } from '../../state/use-market-subscription.js';
import { FALLBACK_HOTKEYS } from '../../shell/hotkeys.js';
import { useWorkstationStore } from '../../state/store.js';
import { DecimalField } from './DecimalField.js';
import { notionalOf } from './notional.js';
import { needsPrice, needsTrigger, offeredTypes, offersReduceOnly, ORDER_TYPE_LABEL, postOnlyApplies, TIF_LABEL, TIME_IN_FORCE } from './order-types.js';
import { stepValue } from './step-value.js';
import { InstrumentPicker, SessionPicker } from './TicketHeader.js';
import { TicketResult } from './TicketResult.js';
import { useTicketStore, type TicketField, type TicketForm } from './ticket.state.js';
import { usePrefillAndReset } from './use-prefill.js';
import { useSendTicket } from './use-send-ticket.js';
import { useTicketHotkeys } from './use-ticket-hotkeys.js';
import { useTradingSession } from './use-trading-session.js';
import { validateTicket } from './validate-ticket.js';
import './ticket.css';

const SIDE_LABEL: Readonly<Record<Side, string>> = { buy: 'Buy', sell: 'Sell' };

export function OrderTicket(): ReactNode {
  const uid = useId();
  const rootRef = useRef<HTMLElement>(null);
  const fieldRefs = {
    qty: useRef<HTMLInputElement>(null),
    price: useRef<HTMLInputElement>(null),
    trigger: useRef<HTMLInputElement>(null),
    expiry: useRef<HTMLInputElement>(null),
    side: useRef<HTMLButtonElement>(null),
  };
  const symbol = useWorkstationStore((s) => s.activeSymbol);
  useMarketSubscription(symbol);
  const inst = useWorkstationStore((s) => (symbol === null ? undefined : s.instruments[symbol]));
  const book = useWorkstationStore((s) => (symbol === null ? undefined : s.books[symbol]));
  const presetsBySymbol = useWorkstationStore((s) => s.settings?.ui.qtyPresets);
  const hotkeys = useWorkstationStore((s) => s.settings?.ui.hotkeys) ?? FALLBACK_HOTKEYS;
  const session = useTradingSession();
  const t = useTicketStore();
  usePrefillAndReset(symbol);
  const send = useSendTicket(session.sessionId);
  const sendNow = (): void => void send();
  const onTicketKey = useTicketHotkeys(rootRef, sendNow);

  // Focus follows a hotkey (F1 → quantity) or a failed check (→ first field at fault); refs are stable, so only a
  // new request moves it.
  const focusRequest = t.focusRequest;
  useEffect(() => {
    if (focusRequest === null) return;
    const el = fieldRefs[focusRequest.field].current;
    el?.focus();
    if (el instanceof HTMLInputElement) el.select();
  }, [focusRequest]);

  const check = useMemo(() => validateTicket(t, inst, session.sessionId, Date.now()), [t, inst, session.sessionId]);
  const notional = notionalOf(t, inst, book);
  const presets = (symbol !== null ? presetsBySymbol?.[symbol] : undefined) ?? presetsBySymbol?.['*'] ?? [];
  const types = offeredTypes(session.venueKind);
  const show = (f: TicketField): boolean => t.attempted || t.touched[f] === true;
  const touchOf = (side: Side): string | null => {
    const level = side === 'buy' ? book?.bids[0] : book?.asks[0];
    return level?.price ?? null;
  };
  const stepPrice = (field: 'price' | 'trigger', steps: number): void => {
    if (inst === undefined) return;
    const next = stepValue(t[field], inst.tickSize, steps, inst.priceDecimals, touchOf(t.side) ?? touchOf(t.side === 'buy' ? 'sell' : 'buy'));
    if (next !== null) t.update({ [field]: next });
  };
  const stepQty = (steps: number): void => {
    if (inst === undefined) return;
    const next = stepValue(t.qty, inst.lotSize, steps, null, inst.qtyMin);
    if (next !== null) t.update({ qty: next });
  };
  const unitQ = inst?.base ?? '';
  const unitP = inst?.quote ?? '';
  const sideClass = t.side === 'buy' ? 'buy' : 'sell';

  return (
    <section
      ref={rootRef}
      className="ticket"
      aria-labelledby={`${uid}-title`}
      data-side={t.side}
      onKeyDown={onTicketKey}
    >
      <header className="tk-header">
        <h2 className="ws-panel-title" id={`${uid}-title`}>Order ticket</h2>
        <span className="tk-keys" aria-hidden="true">
          {hotkeys.buy} buy · {hotkeys.sell} sell · {hotkeys.send} send · {hotkeys.clear} clear
        </span>
      </header>
      <div className="tk-body">
        <InstrumentPicker />
        <SessionPicker session={session} />
        <div className="tk-row">
          <span className="tk-label" id={`${uid}-side`}>
            Side
          </span>
          <div className="tk-control tk-sides" role="group" aria-labelledby={`${uid}-side`}>
            {(['buy', 'sell'] as const).map((s) => (
              <button
                key={s}
                ref={s === t.side ? fieldRefs.side : undefined}
                type="button"
                className={`tk-side ${s}`}
                aria-pressed={t.side === s}
                aria-keyshortcuts={s === 'buy' ? hotkeys.buy : hotkeys.sell}
                title={`${SIDE_LABEL[s]} side (${s === 'buy' ? hotkeys.buy : hotkeys.sell})`}
                onClick={() => t.update({ side: s })}
              >
                {SIDE_LABEL[s]}
              </button>
            ))}
          </div>
        </div>
        <div className="tk-row">
          <label className="tk-label" htmlFor={`${uid}-type`}>
            Type
          </label>
          <div className="tk-control tk-pair">
            <select
              id={`${uid}-type`}
              className="tk-select"
              value={t.type}
              onChange={(e) => t.update({ type: e.currentTarget.value as OrderType })}
            >
              {types.map((ty) => (
                <option key={ty} value={ty}>
                  {ORDER_TYPE_LABEL[ty]}
                </option>
              ))}
            </select>
            <label className="sr-only" htmlFor={`${uid}-tif`}>
              Time in force
            </label>
            <select
              id={`${uid}-tif`}
              className="tk-select tk-tif"
              value={t.tif}
              title="Time in force"
              onChange={(e) => t.update({ tif: e.currentTarget.value as TimeInForce })}
            >
              {TIME_IN_FORCE.map((tif) => (
                <option key={tif} value={tif} title={TIF_LABEL[tif]}>
                  {tif}
                </option>
              ))}
            </select>
          </div>
        </div>
        <DecimalField
          ref={fieldRefs.qty}
          id={`${uid}-qty`}
          label="Quantity"
          value={t.qty}
          unit={unitQ}
          error={check.errors.qty}
          showError={show('qty')}
          stepHint={inst ? `↑↓ one lot (${inst.lotSize}), Shift ten` : ''}
          onChange={(qty) => t.update({ qty })}
          onStep={stepQty}
          onBlur={() => t.touch('qty')}
        />
        {presets.length > 0 && (
          <div className="tk-row tk-presets-row">
            <span className="tk-label" aria-hidden="true" />
            <div className="tk-control tk-presets" role="group" aria-label="Quantity presets">
              {presets.map((p) => (
                <button
                  key={p}
                  type="button"
                  className={`tk-preset${t.qty === p ? ' chosen' : ''}`}
                  aria-label={`Quantity ${p} ${unitQ}`}
                  onClick={() => t.update({ qty: p })}
                >
                  {p}
                </button>
              ))}
            </div>
          </div>
        )}
        {needsPrice(t.type) && (
          <DecimalField
            ref={fieldRefs.price}
            id={`${uid}-price`}
            label="Limit price"
            value={t.price}
            unit={unitP}
            error={check.errors.price}
            showError={show('price')}
            stepHint={inst ? `↑↓ one tick (${inst.tickSize}), Shift ten` : ''}
            onChange={(price) => t.update({ price })}
            onStep={(n) => stepPrice('price', n)}
            onBlur={() => t.touch('price')}
          >
            <TouchButtons onPick={(price) => t.update({ price })} bid={touchOf('buy')} ask={touchOf('sell')} />
          </DecimalField>
        )}
        {needsTrigger(t.type) && (
          <DecimalField
            ref={fieldRefs.trigger}
            id={`${uid}-trigger`}
            label="Trigger"
            value={t.trigger}
            unit={unitP}
            error={check.errors.trigger}
            showError={show('trigger')}
            stepHint={inst ? `↑↓ one tick (${inst.tickSize}), Shift ten` : ''}
            onChange={(trigger) => t.update({ trigger })}
            onStep={(n) => stepPrice('trigger', n)}
            onBlur={() => t.touch('trigger')}
          />
        )}
        {t.tif === 'GTD' && (
          <div className={`tk-row${show('expiry') && check.errors.expiry ? ' invalid' : ''}`}>
            <label className="tk-label" htmlFor={`${uid}-expiry`}>
              Expires
            </label>
            <div className="tk-control">
              <input
                ref={fieldRefs.expiry}
                id={`${uid}-expiry`}
                className="tk-input"
                type="datetime-local"
                value={t.expiry}
                aria-invalid={show('expiry') && check.errors.expiry !== undefined}
                aria-describedby={show('expiry') && check.errors.expiry ? `${uid}-expiry-error` : undefined}
                onChange={(e) => t.update({ expiry: e.currentTarget.value })}
                onBlur={() => t.touch('expiry')}
              />
              {show('expiry') && check.errors.expiry && (
                <p id={`${uid}-expiry-error`} className="tk-error">
                  {check.errors.expiry}
                </p>
              )}
            </div>
          </div>
        )}
        <Flags
          uid={uid}
          postOnly={postOnlyApplies(t.type, t.tif) ? t.postOnly : null}
          reduceOnly={offersReduceOnly(session.venueKind) ? t.reduceOnly : null}
          onChange={(patch) => t.update(patch)}
        />
        <div className="tk-row tk-value-row">
          <span className="tk-label">Value</span>
          <output className="tk-value num" data-testid="ticket-notional" title={notional.estimate ? `Estimate from the ${notional.basis}` : undefined}>
            {notional.value === null ? '—' : `${notional.estimate ? '≈ ' : ''}${notional.value} ${unitP}`}
            {notional.estimate && notional.value !== null && <span className="tk-estimate">est. ({notional.basis})</span>}
          </output>
        </div>
        {check.errors.form !== undefined && (
          <p className="tk-form-error" role="alert">
            {check.errors.form}
          </p>
        )}
        <button
          type="button"
          className={`tk-send ${sideClass}`}
          aria-keyshortcuts={hotkeys.send}
          aria-busy={t.sending}
          aria-disabled={t.sending}
          aria-label={`${SIDE_LABEL[t.side]}: send ${SIDE_LABEL[t.side].toLowerCase()} order (${hotkeys.send})`}
          onClick={sendNow}
        >
          <span className="tk-send-side">{SIDE_LABEL[t.side]}</span>
          <span className="tk-send-what">
            {t.sending ? 'Sending…' : sendSummary(t, symbol)}
          </span>
        </button>
        <TicketResult result={t.result} />
      </div>
    </section>
  );
}

/** What the send button will send, in a few words: "0.01 BTC/USD @ 64000.0", "2 ETH/USD stop 2950 market". */
function sendSummary(f: TicketForm, symbol: string | null): string {
  const parts = [f.qty.trim() || '—', symbol ?? ''];
  if (needsTrigger(f.type)) parts.push(`stop ${f.trigger.trim() || '—'}`);
  parts.push(needsPrice(f.type) ? `@ ${f.price.trim() || '—'}` : 'market');
  return parts.join(' ');
}

function TouchButtons({ bid, ask, onPick }: { bid: string | null; ask: string | null; onPick(price: string): void }): ReactNode {
  return (
    <span className="tk-touch" role="group" aria-label="Copy the touch">
      <button type="button" className="tk-touch-btn buy" disabled={bid === null} aria-label={`Best bid ${bid ?? 'none'}`} onClick={() => bid !== null && onPick(bid)}>
        Bid
      </button>
      <button type="button" className="tk-touch-btn sell" disabled={ask === null} aria-label={`Best ask ${ask ?? 'none'}`} onClick={() => ask !== null && onPick(ask)}>
        Ask
      </button>
    </span>
  );
}

interface FlagsProps {
  uid: string;
  /** null: the flag does not apply to this order (or venue) and is not shown. */
  postOnly: boolean | null;
  reduceOnly: boolean | null;
  onChange(patch: { postOnly?: boolean; reduceOnly?: boolean }): void;
}

function Flags({ uid, postOnly, reduceOnly, onChange }: FlagsProps): ReactNode {
  if (postOnly === null && reduceOnly === null) return null;
  return (
    <div className="tk-row">
      <span className="tk-label" aria-hidden="true" />
      <div className="tk-control tk-flags">
        {postOnly !== null && (
          <label htmlFor={`${uid}-post`} title="Refused by the venue if it would take liquidity">
            <input id={`${uid}-post`} type="checkbox" checked={postOnly} onChange={(e) => onChange({ postOnly: e.currentTarget.checked })} />
            Post-only
          </label>
        )}
        {reduceOnly !== null && (
          <label htmlFor={`${uid}-reduce`} title="May only bring the position closer to flat">
            <input id={`${uid}-reduce`} type="checkbox" checked={reduceOnly} onChange={(e) => onChange({ reduceOnly: e.currentTarget.checked })} />
            Reduce-only
          </label>
        )}
      </div>
    </div>
  );
}
