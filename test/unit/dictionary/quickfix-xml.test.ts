import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDictionary, DictionaryError } from '../../../electron/fix/codec/dictionary/build.js';
import { field } from '../../../electron/fix/codec/dictionary/define.js';
import { fix44 } from '../../../electron/fix/codec/dictionary/fix44.js';
import { loadQuickFixXml, toQuickFixXml } from '../../../electron/fix/codec/dictionary/quickfix-xml.js';
import { validate } from '../../../electron/fix/codec/dictionary/validate.js';
import { XmlError } from '../../../electron/fix/codec/dictionary/xml-reader.js';
import { dictionaryShape } from './dictionary-shape.js';
import { msgOf } from './wire.js';

// QuickFIX's own FIX 4.4 dictionary as shipped in the jspurefix package (read in place, never copied).
const QF_FIX44 = fileURLToPath(new URL('../../../node_modules/jspurefix/data/FIX44.xml', import.meta.url));
const qf = loadQuickFixXml(readFileSync(QF_FIX44, 'utf8'), { source: 'FIX44.xml' });

const MINI = (body: string, fields = ''): string => `<fix major="4" minor="4">
 <header><field name="BeginString" required="Y"/><field name="MsgType" required="Y"/></header>
 <trailer><field name="CheckSum" required="Y"/></trailer>
 <messages>${body}</messages>
 <components>
  <component name="Inst"><field name="Symbol" required="Y"/><component name="Alt" required="N"/></component>
  <component name="Alt"><group name="NoAlt" required="Y"><field name="AltID" required="Y"/></group></component>
 </components>
 <fields>
  <field number="8" name="BeginString" type="STRING"/><field number="35" name="MsgType" type="STRING"/>
  <field number="10" name="CheckSum" type="STRING"/><field number="55" name="Symbol" type="STRING"/>
  <field number="454" name="NoAlt" type="NUMINGROUP"/><field number="455" name="AltID" type="STRING"/>
  <field number="146" name="NoRelatedSym" type="NUMINGROUP"/>${fields}
 </fields>
</fix>`;

function loadError(xml: string): Error {
  try {
    loadQuickFixXml(xml, { source: 'firm.xml' });
  } catch (e) {
    if (e instanceof Error) return e;
  }
  throw new Error('expected the load to fail');
}

describe('loadQuickFixXml on the real QuickFIX FIX44.xml', () => {
  it('reads every field and message', () => {
    expect(qf.beginString).toBe('FIX.4.4');
    expect(qf.fields.size).toBe(912);
    expect(qf.messages.size).toBe(93);
    expect(qf.messages.get('D')).toMatchObject({ name: 'NewOrderSingle', category: 'app' });
    expect(qf.messages.get('A')?.category).toBe('admin');
  });

  it('reads enums with their descriptions', () => {
    expect(qf.enumLabel(54, '1')).toBe('BUY');
    expect(qf.enumLabel(150, 'F')).toBe('TRADE');
    expect(qf.fields.get(18)?.type).toBe('MULTIPLEVALUESTRING');
  });

  it('expands components into groups with their delimiter and members', () => {
    const entries = qf.layouts.get('W')!.body.groups.get(268)!;
    expect(entries.def.delimiter).toBe(269);
    expect(entries.def.required).toBe(true);
    expect([...entries.position.keys()].slice(0, 4)).toEqual([269, 270, 15, 271]);
    expect(qf.groupSpec('X', 268)?.delimiter).toBe(279);
  });

  it('expands components nested inside groups, recursively', () => {
    // V: NoRelatedSym holds the Instrument component, which holds the SecAltIDGrp component.
    const related = qf.layouts.get('V')!.body.groups.get(146)!;
    expect(related.def.delimiter).toBe(55);
    expect(related.groups.get(454)?.def.delimiter).toBe(455);
  });

  it('makes a field required only when its component is required where it is used', () => {
    const d = qf.layouts.get('D')!;
    expect(d.requiredTags.has(54)).toBe(true);
    expect(d.requiredTags.has(11)).toBe(true);
    expect(d.requiredTags.has(55)).toBe(false);
    expect(qf.layouts.get('8')!.requiredTags.has(37)).toBe(true);
  });

  it('expands the header component Hop into the NoHops group', () => {
    expect(qf.headerLayout.groups.get(627)?.def.delimiter).toBe(628);
  });

  it('gives a dictionary the validator can use', () => {
    const nos = msgOf('D', [
      [11, '1'],
      [21, '1'],
      [55, 'BTC/USD'],
      [54, '1'],
      [60, '20260101-12:00:00'],
      [38, 1],
      [40, '2'],
      [44, 5],
    ]);
    expect(validate(nos, qf)).toBeNull();
  });
});

describe('loadQuickFixXml on a firm dictionary', () => {
  it('expands a component inside a component and carries required flags through', () => {
    const d = loadQuickFixXml(
      MINI('<message name="L" msgtype="y" msgcat="app"><component name="Inst" required="Y"/></message>'),
    );
    expect(d.messages.get('y')?.members).toEqual([
      { kind: 'field', tag: 55, required: true },
      {
        kind: 'group',
        countTag: 454,
        delimiter: 455,
        required: false,
        members: [{ kind: 'field', tag: 455, required: true }],
      },
    ]);
  });

  it.each([
    [
      'an undefined field',
      '<message name="L" msgtype="y" msgcat="app">\n<field name="Nope" required="N"/></message>',
      "firm.xml line 5: 'Nope' is not a field defined in <fields>",
    ],
    [
      'an undefined component',
      '<message name="L" msgtype="y" msgcat="app">\n<component name="Nope" required="N"/></message>',
      "firm.xml line 5: component 'Nope' is not defined",
    ],
    [
      'a bad required flag',
      '<message name="L" msgtype="y" msgcat="app">\n<field name="Symbol" required="yes"/></message>',
      "firm.xml line 5: required='yes' must be Y or N",
    ],
    [
      'a bad message category',
      '<message name="L" msgtype="y" msgcat="other"/>',
      "firm.xml line 4: msgcat='other' must be admin or app",
    ],
    [
      'a group without members',
      '<message name="L" msgtype="y" msgcat="app">\n<group name="NoRelatedSym" required="N"/></message>',
      "firm.xml line 5: group 'NoRelatedSym' has no members",
    ],
  ])('rejects %s naming the line', (_what, body, message) => {
    const e = loadError(MINI(body));
    expect(e).toBeInstanceOf(XmlError);
    expect(e.message).toBe(message);
  });

  it('rejects a component that includes itself', () => {
    const xml = MINI(
      '<message name="L" msgtype="y" msgcat="app"><component name="Loop" required="N"/></message>',
    ).replace('<components>', '<components><component name="Loop"><component name="Loop" required="N"/></component>');
    expect(loadError(xml).message).toMatch(/component 'Loop' includes itself \(Loop > Loop\)/);
  });

  it('rejects an unknown field type naming the field', () => {
    const e = loadError(MINI('', '\n<field number="99" name="StopPx" type="MONEY"/>'));
    expect(e.message).toMatch(/^firm\.xml line \d+: field 99 \(StopPx\) has unknown type 'MONEY'$/);
  });

  it('reports a definition error found after parsing with the file name', () => {
    const e = loadError(
      MINI('<message name="A" msgtype="y" msgcat="app"/><message name="B" msgtype="y" msgcat="app"/>'),
    );
    expect(e).toBeInstanceOf(DictionaryError);
    expect(e.message).toBe('firm.xml: message y (B): MsgType empty or repeated');
  });
});

describe('toQuickFixXml', () => {
  it('round-trips the built-in dictionary through XML to an equal structure', () => {
    const xml = toQuickFixXml(fix44());
    expect(dictionaryShape(loadQuickFixXml(xml))).toEqual(dictionaryShape(fix44()));
  });

  it("round-trips QuickFIX's own FIX 4.4 dictionary (components expanded) to an equal structure", () => {
    expect(dictionaryShape(loadQuickFixXml(toQuickFixXml(qf)))).toEqual(dictionaryShape(qf));
  });

  it('escapes markup in descriptions so they load back unchanged', () => {
    const base = fix44();
    const odd = buildDictionary({
      beginString: base.beginString,
      fields: [
        ...[...base.fields.values()].filter((f) => f.tag !== 58),
        field(58, 'Text', 'STRING', `1=A&B 2=<x> 3="q" 4='s'`),
      ],
      header: base.header,
      trailer: base.trailer,
      messages: [...base.messages.values()],
    });
    const xml = toQuickFixXml(odd);
    expect(xml).toContain('<value enum="1" description="A&amp;B"/>');
    expect(loadQuickFixXml(xml).fields.get(58)?.enums).toEqual(odd.fields.get(58)?.enums);
  });
});
