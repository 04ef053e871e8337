// Test helper: generate a valid message of any type from a dictionary, either with only the required members
// or with every member (each group twice, nested groups once), with a well-formed value for every field.
import type { FieldValue } from '../../../electron/fix/codec/encoder.js';
import type { Dictionary, FieldDef, Member } from '../../../electron/fix/codec/dictionary/types.js';
import { HEADER, type Fields } from './wire.js';

function sampleValue(def: FieldDef): FieldValue {
  const first = def.enums?.keys().next().value;
  switch (def.type) {
    case 'MULTIPLECHARVALUE':
    case 'MULTIPLESTRINGVALUE':
    case 'MULTIPLEVALUESTRING': {
      if (def.enums === undefined) return def.type === 'MULTIPLECHARVALUE' ? 'A B' : 'AB CD';
      return [...def.enums.keys()].slice(0, 2).join(' ');
    }
    default:
      if (first !== undefined) return first;
  }
  switch (def.type) {
    case 'INT':
    case 'LENGTH':
    case 'SEQNUM':
    case 'TAGNUM':
      return '7';
    case 'DAYOFMONTH':
      return '15';
    case 'FLOAT':
    case 'QTY':
    case 'PRICE':
    case 'PRICEOFFSET':
    case 'AMT':
    case 'PERCENTAGE':
      return '-0.25';
    case 'CHAR':
      return 'Z';
    case 'BOOLEAN':
      return 'Y';
    case 'UTCTIMESTAMP':
    case 'TIME':
      return '20260101-12:00:00.000';
    case 'UTCTIMEONLY':
      return '12:00:00.000';
    case 'UTCDATEONLY':
    case 'UTCDATE':
    case 'LOCALMKTDATE':
    case 'DATE':
      return '20260101';
    case 'MONTHYEAR':
      return '202601';
    case 'CURRENCY':
      return 'USD';
    case 'COUNTRY':
      return 'GB';
    default:
      return 'text';
  }
}

function emit(
  dict: Dictionary,
  members: readonly Member[],
  all: boolean,
  depth: number,
  out: Array<readonly [number, FieldValue]>,
): void {
  for (const m of members) {
    if (!all && !m.required) continue;
    if (m.kind === 'field') {
      out.push([m.tag, sampleValue(dict.fields.get(m.tag)!)]);
      continue;
    }
    const instances = all && depth === 0 ? 2 : 1;
    out.push([m.countTag, instances]);
    for (let k = 0; k < instances; k++) {
      // The delimiter starts every instance even when the dictionary marks it optional.
      const [first, ...rest] = m.members;
      emit(dict, [{ ...first!, required: true }], all, depth + 1, out);
      emit(dict, rest, all, depth + 1, out);
    }
  }
}

/** Fields after 35 (header, body, trailer fields other than 8/9/10) of a valid message of this type. */
export function sampleFields(dict: Dictionary, msgType: string, all: boolean): Fields {
  const def = dict.messages.get(msgType);
  if (def === undefined) throw new Error(`no message ${msgType}`);
  const out: Array<readonly [number, FieldValue]> = [...HEADER];
  if (all)
    emit(
      dict,
      dict.header.filter((m) => m.kind === 'group'),
      true,
      0,
      out,
    );
  emit(dict, def.members, all, 0, out);
  if (all && dict.fields.has(93) && dict.fields.has(89)) out.push([93, 4], [89, 'sign']);
  return withTruthfulLengths(dict, out);
}

/** A Length field announces the byte count of the data field after it (the parser reads data by that count). */
function withTruthfulLengths(dict: Dictionary, out: Array<readonly [number, FieldValue]>): Fields {
  for (let i = 1; i < out.length; i++) {
    const [tag, value] = out[i]!;
    const [lenTag] = out[i - 1]!;
    if (dict.fields.get(tag)?.type === 'DATA' && dict.fields.get(lenTag)?.type === 'LENGTH') {
      out[i - 1] = [lenTag, String(value).length];
    }
  }
  return out;
}
