// A compact notation for writing the built-in dictionary by hand, readable next to the FIX specification:
//   field(54, 'Side', 'CHAR', '1=BUY 2=SELL')
//   members('ClOrdID! Account NoAllocs[AllocAccount! AllocQty] Side!', fieldsByName)
// `Name!` is required, `Group[ … ]` is a repeating group (its first member is the delimiter), `Group![ … ]` a
// required group. Unknown names fail at load, naming the token.
import { DictionaryError } from './build.js';
import type { FieldDef, FieldType, Member } from './types.js';

/** A field with optional enums written as space-separated `value=LABEL` pairs. */
export function field(tag: number, name: string, type: FieldType, enums?: string): FieldDef {
  if (enums === undefined) return { tag, name, type };
  const map = new Map<string, string>();
  for (const pair of enums.trim().split(/\s+/)) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw new DictionaryError(`field ${tag} (${name}): bad enum '${pair}'`);
    map.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return { tag, name, type, enums: map };
}

interface Frame {
  members: Member[];
  countTag: number;
  required: boolean;
}

const TOKEN = /\s*(?:(\])|([A-Za-z][A-Za-z0-9_]*)(!?)(\[?))/y;

/** Parse the member notation into Member definitions. */
export function members(spec: string, byName: ReadonlyMap<string, FieldDef>): Member[] {
  const root: Frame = { members: [], countTag: 0, required: false };
  const stack: Frame[] = [root];
  let pos = 0;
  for (;;) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(spec);
    if (m === null) break;
    pos = TOKEN.lastIndex;
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) {
      if (stack.length === 1) throw new DictionaryError(`unbalanced ']' in member list at ${pos}`);
      stack.pop();
      const first = top.members[0];
      if (first === undefined) throw new DictionaryError(`empty group ${top.countTag}`);
      const delimiter = first.kind === 'field' ? first.tag : first.countTag;
      stack[stack.length - 1]!.members.push({
        kind: 'group',
        countTag: top.countTag,
        delimiter,
        members: top.members,
        required: top.required,
      });
      continue;
    }
    const name = m[2]!;
    const def = byName.get(name);
    if (def === undefined) throw new DictionaryError(`member list names undefined field '${name}'`);
    const required = m[3] === '!';
    if (m[4] === '[') stack.push({ members: [], countTag: def.tag, required });
    else top.members.push({ kind: 'field', tag: def.tag, required });
  }
  if (spec.slice(pos).trim() !== '') {
    throw new DictionaryError(`member list: cannot read '${spec.slice(pos, pos + 20).trim()}'`);
  }
  if (stack.length !== 1)
    throw new DictionaryError(`member list: group ${stack[stack.length - 1]!.countTag} not closed`);
  return root.members;
}

/** A message written in the member notation: [MsgType, name, category, members]. */
export type MessageSpec = readonly [msgType: string, name: string, category: 'admin' | 'app', members: string];
