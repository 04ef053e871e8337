// Names for tags and enum values, for the message inspector and logs. Secret values (Password, Nonce, RawData…)
// are masked here too, so a caller that only wants names cannot leak them by accident.
import type { FixMessage } from '../fix-message.js';
import type { Dictionary } from './types.js';
import { SECRET_TAGS } from '../secret-tags.js';

/** Tags whose values are credentials: the codec's one list. */
export const SECRET_VALUE_TAGS: ReadonlySet<number> = SECRET_TAGS;

export interface NamedField {
  readonly tag: number;
  /** Field name, or the tag number as text when the dictionary does not define it. */
  readonly name: string;
  /** The value as sent; `***` for secret tags. */
  readonly value: string;
  /** Enum label when the dictionary has one for this value (multiple-value fields: labels joined by spaces). */
  readonly label?: string;
}

export function tagName(dict: Dictionary, tag: number): string {
  return dict.tagName(tag);
}

export function enumLabel(dict: Dictionary, tag: number, value: string): string | undefined {
  const direct = dict.enumLabel(tag, value);
  if (direct !== undefined || !value.includes(' ')) return direct;
  const type = dict.fields.get(tag)?.type;
  if (type !== 'MULTIPLECHARVALUE' && type !== 'MULTIPLESTRINGVALUE' && type !== 'MULTIPLEVALUESTRING')
    return undefined;
  const labels = value.split(' ').map((v) => dict.enumLabel(tag, v) ?? v);
  return labels.join(' ');
}

export function nameField(dict: Dictionary, tag: number, value: string): NamedField {
  if (SECRET_VALUE_TAGS.has(tag)) return { tag, name: dict.tagName(tag), value: '***' };
  const label = enumLabel(dict, tag, value);
  return label === undefined ? { tag, name: dict.tagName(tag), value } : { tag, name: dict.tagName(tag), value, label };
}

/** Every field of the message with names and labels, in wire order (inspector rows). */
export function nameFields(msg: FixMessage, dict: Dictionary): NamedField[] {
  const out: NamedField[] = [];
  for (let i = 0; i < msg.fieldCount; i++) out.push(nameField(dict, msg.tagAt(i), msg.stringAt(i)));
  return out;
}

/** One line for logs: `35=D(NewOrderSingle) 54=1(Side=BUY) 554=***(Password)` style. */
export function describeMessage(msg: FixMessage, dict: Dictionary): string {
  return nameFields(msg, dict)
    .map((f) => `${f.tag}=${f.value}(${f.name}${f.label === undefined ? '' : `=${f.label}`})`)
    .join(' ');
}
