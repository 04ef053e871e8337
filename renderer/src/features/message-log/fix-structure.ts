// A masked FIX message as the inspector shows it: the '|'-separated text split into fields, each with its nesting
// depth inside repeating groups and, on the first field of every group instance, its instance number.
import { isCountTag, KNOWN_GROUP_MEMBERS, NEVER_IN_GROUP } from './fix-groups.js';
import type { FixDictionary } from './fix-dictionary.js';

export interface WireField {
  /** null when the piece is not tag=value (a garbled record's text). */
  readonly tag: number | null;
  readonly value: string;
}

export interface StructuredField extends WireField {
  /** 0 in the message body, 1 inside a group instance, 2 inside a nested group… */
  readonly depth: number;
  /** On the first field of each group instance: 1, 2, 3… */
  readonly instance?: number;
}

/** Splits inspector text ('|' stands for SOH); a value may contain '=' but never '|'. */
export function splitFields(text: string): WireField[] {
  const out: WireField[] = [];
  for (const piece of text.split('|')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const tagText = eq < 0 ? '' : piece.slice(0, eq);
    out.push(
      /^\d{1,9}$/.test(tagText) ? { tag: Number(tagText), value: piece.slice(eq + 1) } : { tag: null, value: piece },
    );
  }
  return out;
}

interface OpenGroup {
  readonly delimiter: number;
  readonly count: number;
  readonly depth: number;
  readonly known: ReadonlySet<number> | undefined;
  /** Tags seen in the instances before the current one: the members of a group the table does not know. */
  readonly learnt: Set<number>;
  instance: number;
  seen: Set<number>;
}

function isMember(g: OpenGroup, tag: number): boolean {
  if (NEVER_IN_GROUP.has(tag) || g.seen.has(tag)) return false;
  if (g.known !== undefined) return g.known.has(tag);
  // Unknown group: every tag up to the next delimiter belongs to an instance that is not the last; the last
  // instance holds only tags the earlier ones had.
  return g.instance < g.count || g.learnt.has(tag);
}

export function structureFields(fields: readonly WireField[], dict: FixDictionary): StructuredField[] {
  const out: StructuredField[] = [];
  const stack: OpenGroup[] = [];
  fields.forEach((f, i) => {
    const tag = f.tag;
    if (tag === null) {
      out.push({ ...f, depth: stack.length });
      return;
    }
    let placed = false;
    while (stack.length > 0 && !placed) {
      const g = stack[stack.length - 1]!;
      if (tag === g.delimiter && g.instance < g.count) {
        for (const t of g.seen) g.learnt.add(t);
        g.instance++;
        g.seen = new Set([tag]);
        out.push({ ...f, depth: g.depth, instance: g.instance });
        placed = true;
      } else if (tag !== g.delimiter && isMember(g, tag)) {
        g.seen.add(tag);
        out.push({ ...f, depth: g.depth });
        placed = true;
      } else {
        stack.pop();
      }
    }
    if (!placed) out.push({ ...f, depth: 0 });
    const count = /^\d{1,4}$/.test(f.value) ? Number(f.value) : 0;
    const next = fields[i + 1];
    if (count > 0 && next !== undefined && next.tag !== null && isCountTag(tag, dict.tagName(tag))) {
      const depth = (placed ? out[out.length - 1]!.depth : 0) + 1;
      stack.push({
        delimiter: next.tag,
        count,
        depth,
        known: KNOWN_GROUP_MEMBERS.get(tag),
        learnt: new Set(),
        instance: 0,
        seen: new Set(),
      });
    }
  });
  return out;
}
