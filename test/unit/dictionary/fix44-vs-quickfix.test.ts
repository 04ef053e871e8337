import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fix44 } from '../../../electron/fix/codec/dictionary/fix44.js';
import { loadQuickFixXml } from '../../../electron/fix/codec/dictionary/quickfix-xml.js';
import type { Member } from '../../../electron/fix/codec/dictionary/types.js';

// Our dictionary is written by hand; QuickFIX's FIX44.xml is an independent reading of the same standard. Every
// difference between the two must be one we chose, listed here with the reason in the dictionary sources.
const QF_FIX44 = fileURLToPath(new URL('../../../node_modules/jspurefix/data/FIX44.xml', import.meta.url));
const qf = loadQuickFixXml(readFileSync(QF_FIX44, 'utf8'));
const ours = fix44();

/** Tags outside FIX 4.4 that Kraken sends: 109 (FIX 4.2), 1003 and 1138 (FIX 5.0), 2349 and 2446 (later FIX). */
const TAGS_NOT_IN_FIX44 = [109, 1003, 1138, 2349, 2446];
const TYPE_DEVIATIONS = ['18 MULTIPLECHARVALUE/MULTIPLEVALUESTRING', '139 STRING/CHAR', '532 INT/CHAR'];
/** Values we add: Kraken's, FIX 4.4 values QuickFIX's file lacks, and 39=5 which Kraken sends. */
const EXTRA_ENUMS = [
  '18 T,f,q,s,v',
  '39 5',
  '40 R,T,U,V',
  '103 12',
  '323 3,4',
  '340 101,102',
  '380 18,101,104',
  '388 7',
];
/** Fields left open on purpose (venues extend them): no enum, so no 373=5 for a venue's own values. */
const OPEN_ENUMS = [22, 63, 167, 276, 277, 286, 347, 423, 447, 452, 529, 546, 567, 581, 660, 803];
const REQUIRED_DEVIATIONS = [
  'D 55 Y/N',
  'F 41 N/Y',
  'F 55 Y/N',
  'G 55 Y/N',
  'H 55 Y/N',
  'H 54 N/Y',
  '8 55 Y/N',
  'W 55 Y/N',
];
const KRAKEN_MEMBERS = [
  'A 109',
  'A 5025',
  'A 8674',
  'A 5030',
  'A 5051',
  'D 1138',
  'D 62',
  'D 5001',
  'D 7928',
  'G 1138',
  'G 62',
  '8 1138',
  '8 1003',
  '8 5050',
  'W>268 278',
  'W>268 5060',
  'W>268 5273',
  'X 55',
  'X>268 40',
  'X>268 2446',
  'X>268 5060',
  'X>268 5273',
  'X>268 5041',
  'y 58',
  'y>146 5010',
  'y>146 5011',
  'y>146 5012',
  'y>146 5013',
  'y>146 2349',
  'y>146 5022',
  'y>146 5032',
];

function compareMembers(path: string, a: readonly Member[], b: readonly Member[], out: Record<string, string[]>): void {
  const theirs = new Map(b.map((m) => [m.kind === 'field' ? m.tag : m.countTag, m]));
  const yn = (r: boolean): string => (r ? 'Y' : 'N');
  for (const m of a) {
    const tag = m.kind === 'field' ? m.tag : m.countTag;
    const t = theirs.get(tag);
    if (t === undefined) out.extra!.push(`${path} ${tag}`);
    else if (t.required !== m.required) out.required!.push(`${path} ${tag} ${yn(m.required)}/${yn(t.required)}`);
    if (m.kind === 'group' && t?.kind === 'group') {
      if (t.delimiter !== m.delimiter) out.delimiter!.push(`${path}>${tag}`);
      compareMembers(`${path}>${tag}`, m.members, t.members, out);
    }
  }
  for (const t of b) {
    const tag = t.kind === 'field' ? t.tag : t.countTag;
    if (t.required && !a.some((m) => (m.kind === 'field' ? m.tag : m.countTag) === tag))
      out.missing!.push(`${path} ${tag}`);
  }
}

describe('the built-in FIX 4.4 dictionary against QuickFIX FIX44.xml', () => {
  const standard = [...ours.fields.values()].filter((f) => f.tag < 5000 && !TAGS_NOT_IN_FIX44.includes(f.tag));

  it('names every standard field as FIX 4.4 does', () => {
    const diffs = standard.filter((f) => qf.fields.get(f.tag)?.name !== f.name).map((f) => `${f.tag} ${f.name}`);
    expect(diffs).toEqual([]);
  });

  it('types every standard field as FIX 4.4 does, except the listed deviations', () => {
    const diffs = standard
      .filter((f) => qf.fields.get(f.tag)!.type !== f.type)
      .map((f) => `${f.tag} ${f.type}/${qf.fields.get(f.tag)!.type}`);
    expect(diffs).toEqual(TYPE_DEVIATIONS);
  });

  it('has every FIX 4.4 enum value of the fields it restricts, and only the listed extra values', () => {
    const missing: string[] = [];
    const extra: string[] = [];
    const open: number[] = [];
    for (const f of standard) {
      if (f.type === 'BOOLEAN') continue;
      const mine = new Set(f.enums?.keys() ?? []);
      const theirs = new Set(qf.fields.get(f.tag)!.enums?.keys() ?? []);
      if (mine.size === 0 && theirs.size > 0) {
        open.push(f.tag);
        continue;
      }
      const lacks = [...theirs].filter((v) => !mine.has(v));
      const adds = [...mine].filter((v) => !theirs.has(v));
      if (lacks.length > 0) missing.push(`${f.tag} ${lacks.join(',')}`);
      if (adds.length > 0) extra.push(`${f.tag} ${adds.join(',')}`);
    }
    expect(missing).toEqual([]);
    expect(extra).toEqual(EXTRA_ENUMS);
    expect(open).toEqual(OPEN_ENUMS);
  });

  it('structures every message like FIX 4.4, except the listed deviations and Kraken additions', () => {
    const out: Record<string, string[]> = { extra: [], required: [], missing: [], delimiter: [] };
    compareMembers('header', ours.header, qf.header, out);
    compareMembers('trailer', ours.trailer, qf.trailer, out);
    for (const m of ours.messages.values()) {
      const q = qf.messages.get(m.msgType)!;
      expect(`${m.msgType} ${m.name} ${m.category}`).toBe(`${q.msgType} ${q.name} ${q.category}`);
      compareMembers(m.msgType, m.members, q.members, out);
    }
    expect(out).toEqual({ extra: KRAKEN_MEMBERS, required: REQUIRED_DEVIATIONS, missing: [], delimiter: [] });
  });

  it('lists every FIX 4.4 MsgType', () => {
    expect([...ours.fields.get(35)!.enums!.keys()].sort()).toEqual([...qf.fields.get(35)!.enums!.keys()].sort());
  });
});
