// Axis and crosshair times in the trader's local time zone (lightweight-charts shows UTC timestamps as UTC; the tape
// and the blotters show local time, so the chart does too).
import { TickMarkType, type Time } from 'lightweight-charts';

const HM = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
const HMS = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const FULL = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

function ms(time: Time): number {
  return typeof time === 'number'
    ? time * 1000
    : Date.parse(typeof time === 'string' ? time : `${time.year}-${time.month}-${time.day}`);
}

export function tickMarkLocal(time: Time, type: TickMarkType): string {
  const t = ms(time);
  switch (type) {
    case TickMarkType.Year:
    case TickMarkType.Month:
    case TickMarkType.DayOfMonth:
      return DAY.format(t);
    case TickMarkType.TimeWithSeconds:
      return HMS.format(t);
    default:
      return HM.format(t);
  }
}

export function crosshairTimeLocal(time: Time): string {
  return FULL.format(ms(time));
}

/** A bar's start for the legend: "18:55" today, "Mon 23 Nov, 18:55" on another day. */
export function barTimeLocal(epochSec: number, now = Date.now()): string {
  const t = epochSec * 1000;
  return new Date(t).toDateString() === new Date(now).toDateString() ? HM.format(t) : FULL.format(t);
}
