// One line per message for the inspector's list: what a trader scans for (an ExecutionReport's ExecType/OrdStatus,
// side, quantity and price; a Reject's reason; a snapshot's entry count) with enum labels from the dictionary.
import type { FixMessageRecord } from '../../../../shared/domain/fix-messages.js';
import type { FixDictionary } from './fix-dictionary.js';
import { splitFields, type WireField } from './fix-structure.js';

interface Fields {
  /** First value of a tag anywhere in the message. */
  get(tag: number): string | undefined;
  /** Enum label of the first value, else the value itself. */
  label(tag: number): string | undefined;
  /** Every value of a tag (repeating groups), in wire order. */
  all(tag: number): string[];
}

function fieldsOf(list: readonly WireField[], dict: FixDictionary): Fields {
  const first = new Map<number, string>();
  for (const f of list) if (f.tag !== null && !first.has(f.tag)) first.set(f.tag, f.value);
  return {
    get: (tag) => first.get(tag),
    label: (tag) => {
      const v = first.get(tag);
      return v === undefined ? undefined : (dict.enumLabel(tag, v) ?? v);
    },
    all: (tag) => list.filter((f) => f.tag === tag).map((f) => f.value),
  };
}

const join = (parts: readonly (string | undefined | false)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');

function order(f: Fields): string {
  const px = f.get(44);
  return join([f.label(54), f.get(38), f.get(55), px !== undefined && `@ ${px}`]);
}

function withText(f: Fields, line: string): string {
  const text = f.get(58);
  return text === undefined ? line : join([line, `· ${text}`]);
}

function isPositive(v: string | undefined): boolean {
  return v !== undefined && /[1-9]/.test(v) && !v.startsWith('-');
}

type Summariser = (f: Fields) => string;

const SUMMARIES: Readonly<Record<string, Summariser>> = {
  '8': (f) => {
    const last = isPositive(f.get(32)) ? `· last ${f.get(32)} @ ${f.get(31) ?? '?'}` : undefined;
    return withText(f, join([`${f.label(150) ?? '?'}/${f.label(39) ?? '?'}`, order(f), last]));
  },
  D: (f) => join([order(f), f.label(40), f.label(59), `· ClOrdID ${f.get(11) ?? '?'}`]),
  G: (f) => join([`replace ${f.get(41) ?? '?'} → ${f.get(11) ?? '?'}`, order(f)]),
  F: (f) => join([`cancel ${f.get(41) ?? '?'} → ${f.get(11) ?? '?'}`, f.label(54), f.get(55)]),
  H: (f) => join(['status of', f.get(11) ?? f.get(37), f.get(55)]),
  '9': (f) => withText(f, join([f.label(434), 'refused:', f.label(102), `(${f.get(41) ?? '?'})`])),
  q: (f) => join(['mass cancel', f.label(530), f.get(55)]),
  r: (f) => withText(f, join([f.label(531), f.get(533) !== undefined && `· ${f.get(533)} affected`, f.label(532)])),
  AF: (f) => join(['mass status', f.label(585), f.get(55)]),
  '3': (f) =>
    withText(
      f,
      join([`ref seq ${f.get(45) ?? '?'}`, f.get(372), f.get(371) !== undefined && `tag ${f.get(371)}`, f.label(373)]),
    ),
  j: (f) =>
    withText(f, join([`ref ${f.get(372) ?? '?'}`, f.get(45) !== undefined && `seq ${f.get(45)}`, f.label(380)])),
  A: (f) =>
    join([
      `HeartBtInt ${f.get(108) ?? '?'}`,
      f.get(141) === 'Y' && '· ResetSeqNum',
      f.get(553) !== undefined && `· Username ${f.get(553)}`,
    ]),
  '5': (f) => f.get(58) ?? '',
  '0': (f) => (f.get(112) === undefined ? '' : `TestReqID ${f.get(112)}`),
  '1': (f) => `TestReqID ${f.get(112) ?? '?'}`,
  '2': (f) => `${f.get(7) ?? '?'} – ${f.get(16) === '0' ? 'infinity' : (f.get(16) ?? '?')}`,
  '4': (f) => `${f.get(123) === 'Y' ? 'gap fill' : 'reset'} → ${f.get(36) ?? '?'}`,
  V: (f) =>
    join([
      f.label(263),
      f.all(55).join(', '),
      f.get(264) !== undefined && `depth ${f.get(264)}`,
      `· ${f.get(262) ?? ''}`,
    ]),
  W: (f) => join([f.get(55), `${f.get(268) ?? '0'} entries`]),
  X: (f) => join([[...new Set(f.all(55))].join(', '), `${f.get(268) ?? '0'} entries`]),
  Y: (f) => withText(f, join([f.label(281), `· ${f.get(262) ?? ''}`])),
  x: (f) => join([f.label(559), f.get(55)]),
  y: (f) => `${f.get(146) ?? '0'} instruments`,
  B: (f) => f.get(148) ?? '',
};

export function summarise(record: FixMessageRecord, dict: FixDictionary): string {
  if (record.garbled) return record.text;
  const f = fieldsOf(splitFields(record.text), dict);
  const line = SUMMARIES[record.msgType]?.(f) ?? f.get(58) ?? '';
  return line.trim();
}
