import { describe, expect, it } from 'vitest';
import { buildDictionary, DictionaryError } from '../../../electron/fix/codec/dictionary/build.js';
import { field, members } from '../../../electron/fix/codec/dictionary/define.js';
import { fix44 } from '../../../electron/fix/codec/dictionary/fix44.js';
import { validate } from '../../../electron/fix/codec/dictionary/validate.js';
import { msgOf, rawWire } from './wire.js';

const dict = fix44();

describe('the built-in FIX 4.4 dictionary', () => {
  it('looks fields up by tag and by name, Kraken tags included', () => {
    expect(dict.beginString).toBe('FIX.4.4');
    expect(dict.fields.get(8674)?.name).toBe('CancelOrdersOnDisconnect');
    expect(dict.fieldsByName.get('Nonce')?.tag).toBe(5025);
    expect(dict.fieldsByName.get('ExecInst')?.type).toBe('MULTIPLECHARVALUE');
  });

  it('precomputes the required and allowed tags of each message, header and trailer included', () => {
    const d = dict.layouts.get('D')!;
    for (const tag of [8, 9, 35, 49, 56, 34, 52, 11, 54, 60, 40, 55, 10]) expect(d.requiredTags.has(tag)).toBe(true);
    expect(d.requiredTags.has(38)).toBe(false);
    expect(d.allowedTags.has(7928)).toBe(true);
    expect(d.allowedTags.has(523)).toBe(true);
    expect(d.allowedTags.has(262)).toBe(false);
  });

  it('exposes group specs the codec can walk the instances with', () => {
    const spec = dict.groupSpec('X', 268)!;
    expect(spec.delimiter).toBe(279);
    const msg = msgOf('X', [
      [262, 'r'],
      [55, 'BTC/USD'],
      [268, 2],
      [279, '0'],
      [269, '0'],
      [270, '1'],
      [279, '2'],
      [269, '1'],
      [270, '2'],
    ]);
    expect(msg.group(spec)).toBe(2);
    expect(msg.stringAt(msg.groupStart(1) + 2)).toBe('2');
    expect(dict.groupSpec('W', 268)?.delimiter).toBe(269);
    expect(dict.groupSpec('V', 267)?.delimiter).toBe(269);
    expect(dict.groupSpec('V', 146)?.delimiter).toBe(55);
    expect(dict.groupSpec('C', 33)?.delimiter).toBe(58);
    expect(dict.groupSpec('D', 78)?.delimiter).toBe(79);
    expect(dict.groupSpec('8', 136)?.delimiter).toBe(137);
    expect(dict.groupSpec('D', 453)?.members.has(523)).toBe(true);
  });

  it('answers a tag number of 0 with reason 0', () => {
    const msg = rawWire('35=0|49=A|56=B|34=1|52=20260101-00:00:00|0=x|');
    expect(validate(msg, dict)).toEqual({ reason: 0, refTagId: 0, text: 'Invalid tag number 0' });
  });
});

describe('buildDictionary checks its source', () => {
  const fields = [field(8, 'BeginString', 'STRING'), field(35, 'MsgType', 'STRING'), field(10, 'CheckSum', 'STRING')];
  const more = [
    field(55, 'Symbol', 'STRING'),
    field(146, 'NoRelatedSym', 'NUMINGROUP'),
    field(48, 'SecurityID', 'STRING'),
  ];
  const byName = new Map([...fields, ...more].map((f) => [f.name, f]));
  const source = (body: string, extra = more) => ({
    beginString: 'FIX.4.4',
    fields: [...fields, ...extra],
    header: members('BeginString! MsgType!', byName),
    trailer: members('CheckSum!', byName),
    messages: [{ msgType: 'x', name: 'X', category: 'app' as const, members: members(body, byName) }],
  });

  it.each([
    [
      'a tag defined twice',
      () => source('Symbol', [...more, field(55, 'Other', 'STRING')]),
      'field tag 55 is defined twice',
    ],
    [
      'a name defined twice',
      () => source('Symbol', [...more, field(56, 'Symbol', 'STRING')]),
      "field name 'Symbol' is defined twice",
    ],
    [
      'an unknown type',
      () => source('Symbol', [...more, { tag: 99, name: 'StopPx', type: 'MONEY' as 'INT' }]),
      "field 99 (StopPx): unknown type 'MONEY'",
    ],
    [
      'a header tag in the body',
      () => source('Symbol MsgType'),
      'message x (X): header/trailer tag 35 inside the body',
    ],
    [
      'a tag twice in one level',
      () => source('Symbol NoRelatedSym[SecurityID Symbol Symbol]'),
      'message x (X) > group 146: tag 55 appears twice',
    ],
  ])('rejects %s', (_what, make, message) => {
    expect(() => buildDictionary(make())).toThrow(new DictionaryError(message));
  });

  it('rejects a group whose delimiter is not its first member', () => {
    const src = source('Symbol');
    const bad = {
      kind: 'group' as const,
      countTag: 146,
      delimiter: 48,
      required: false,
      members: members('Symbol SecurityID', byName),
    };
    expect(() => buildDictionary({ ...src, messages: [{ ...src.messages[0]!, members: [bad] }] })).toThrow(
      'message x (X) > group 146: delimiter 48 is not the first member (55)',
    );
  });

  it('rejects member notation that names an undefined field or leaves a group open', () => {
    expect(() => members('Symbol Nope', byName)).toThrow("member list names undefined field 'Nope'");
    expect(() => members('NoRelatedSym[Symbol', byName)).toThrow('member list: group 146 not closed');
    expect(() => members('Symbol]', byName)).toThrow("unbalanced ']'");
    expect(() => members('Symbol %', byName)).toThrow("member list: cannot read '%'");
  });
});
