import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../../electron/fix/codec/dictionary/build.js';
import { field, members } from '../../../electron/fix/codec/dictionary/define.js';
import { fix44 } from '../../../electron/fix/codec/dictionary/fix44.js';
import { validate } from '../../../electron/fix/codec/dictionary/validate.js';
import { HEADER, msgOf, wire, type Fields } from './wire.js';

const dict = fix44();
const T = '20260101-12:00:00.000';

/** A valid Kraken-style limit order; tests change one thing at a time. */
const NOS: Fields = [
  [11, '1724512345678000'],
  [55, 'BTC/USD'],
  [54, '1'],
  [60, T],
  [38, '0.5'],
  [40, '2'],
  [44, '50000.1'],
  [59, '1'],
];

function replace(fields: Fields, tag: number, value: string | number): Fields {
  return fields.map(([t, v]) => [t, t === tag ? value : v] as const);
}

describe('validate: MsgType', () => {
  it('accepts a well-formed NewOrderSingle', () => {
    expect(validate(msgOf('D', NOS), dict)).toBeNull();
  });

  it('rejects a MsgType FIX does not define with reason 11 and no business reject', () => {
    const f = validate(msgOf('ZZ', []), dict);
    expect(f).toEqual({ reason: 11, refTagId: 35, text: "Invalid MsgType 'ZZ'" });
  });

  it('flags a valid FIX MsgType the dictionary does not support for a BusinessMessageReject 380=3', () => {
    const f = validate(msgOf('AE', []), dict);
    expect(f).toMatchObject({ reason: 11, refTagId: 35, businessRejectReason: 3 });
    expect(f?.text).toContain('TRADE_CAPTURE_REPORT');
  });

  it('treats user-defined MsgTypes starting with U as unsupported rather than invalid', () => {
    expect(validate(msgOf('U1', []), dict)?.businessRejectReason).toBe(3);
  });
});

describe('validate: field order (14)', () => {
  it('rejects a header field that follows body fields', () => {
    const msg = wire('D', [[56, 'KRAKEN-TRD'], [34, 2], [52, T], ...NOS, [49, 'CLIENT']]);
    expect(validate(msg, dict)).toMatchObject({ reason: 14, refTagId: 49 });
    expect(validate(msg, dict)?.text).toBe('Header field SenderCompID (49) after body fields');
  });

  it('rejects a body field that follows a trailer field', () => {
    const msg = msgOf('D', [...NOS, [93, 4], [89, 'sign'], [58, 'late']]);
    expect(validate(msg, dict)).toMatchObject({ reason: 14, refTagId: 58 });
  });

  it('accepts the trailer signature fields after the body', () => {
    expect(validate(msgOf('D', [...NOS, [93, 4], [89, 'sign']]), dict)).toBeNull();
  });
});

describe('validate: tags (3, 2)', () => {
  it('rejects a tag the dictionary does not define with reason 3', () => {
    expect(validate(msgOf('D', [...NOS, [9999, 'x']]), dict)).toEqual({
      reason: 3,
      refTagId: 9999,
      text: 'Undefined tag 9999',
    });
  });

  it('lets undefined tags through when allowUnknownTags is set', () => {
    expect(validate(msgOf('D', [...NOS, [9999, 'x'], [12345, 'y']]), dict, { allowUnknownTags: true })).toBeNull();
  });

  it('lets only the user-defined range 5000-9999 through when allowUserDefinedTags is set', () => {
    const opts = { allowUserDefinedTags: true };
    expect(validate(msgOf('D', [...NOS, [9999, 'x']]), dict, opts)).toBeNull();
    expect(validate(msgOf('D', [...NOS, [5025, 'defined but not for D']]), dict, opts)).toBeNull();
    expect(validate(msgOf('D', [...NOS, [10001, 'x']]), dict, opts)).toMatchObject({ reason: 3, refTagId: 10001 });
  });

  it('rejects a defined tag that is not part of the message type with reason 2', () => {
    const cancel: Fields = [
      [11, '2'],
      [41, '1'],
      [55, 'BTC/USD'],
      [54, '1'],
      [60, T],
      [44, '1'],
    ];
    const f = validate(msgOf('F', cancel), dict);
    expect(f).toEqual({ reason: 2, refTagId: 44, text: 'Price (44) is not defined for OrderCancelRequest (F)' });
  });
});

describe('validate: values (4, 6, 5)', () => {
  it('rejects a tag without a value with reason 4', () => {
    expect(validate(msgOf('D', replace(NOS, 44, '')), dict)).toMatchObject({ reason: 4, refTagId: 44 });
  });

  it.each([
    [
      'an INT with letters',
      'A',
      [
        [98, '0'],
        [108, '3O'],
      ],
      108,
    ],
    [
      'a SEQNUM with a sign',
      '2',
      [
        [7, '-1'],
        [16, '0'],
      ],
      7,
    ],
    [
      'a NUMINGROUP with a decimal point',
      'V',
      [
        [262, 'r'],
        [263, '1'],
        [264, '0'],
        [267, '1.0'],
        [269, '0'],
      ],
      267,
    ],
    ['a PRICE in exponent notation', 'D', replace(NOS, 44, '5e4'), 44],
    ['a QTY with two decimal points', 'D', replace(NOS, 38, '1.2.3'), 38],
    [
      'a BOOLEAN that is not Y or N',
      '4',
      [
        [123, 'T'],
        [36, '5'],
      ],
      123,
    ],
    ['a CHAR of two characters', 'D', [...NOS, [21, '12']], 21],
    ['a UTCTIMESTAMP in ISO-8601', 'D', replace(NOS, 60, '2026-01-01T12:00:00Z'), 60],
    ['a UTCTIMESTAMP with month 13', 'D', replace(NOS, 60, '20261301-12:00:00.000'), 60],
    ['a UTCTIMESTAMP with two fraction digits', 'D', replace(NOS, 60, '20260101-12:00:00.00'), 60],
    ['a LOCALMKTDATE with dashes', 'D', [...NOS, [432, '2026-01-01']], 432],
    ['a MULTIPLECHARVALUE element longer than one character', 'D', [...NOS, [18, 'P EE']], 18],
    ['a MULTIPLECHARVALUE with a double space', 'D', [...NOS, [18, 'P  E']], 18],
  ] as const)('rejects %s with reason 6', (_what, msgType, body, tag) => {
    const f = validate(msgOf(msgType, body as Fields), dict);
    expect(f).toMatchObject({ reason: 6, refTagId: tag });
  });

  it('names the tag, the bad value and the expected type in the text', () => {
    expect(validate(msgOf('D', replace(NOS, 44, '5e4')), dict)?.text).toBe(
      "Price (44) has bad format '5e4': expected PRICE, a decimal number without exponent",
    );
  });

  it('accepts timestamps with micro- or nanosecond fractions and without a fraction', () => {
    for (const t of ['20260101-12:00:00', '20260101-12:00:00.123456', '20260101-23:59:60.123456789']) {
      expect(validate(msgOf('D', replace(NOS, 60, t)), dict)).toBeNull();
    }
  });

  it('rejects a value outside the enum with reason 5', () => {
    expect(validate(msgOf('D', replace(NOS, 54, '0')), dict)).toEqual({
      reason: 5,
      refTagId: 54,
      text: "Side (54) value '0' is not one of its allowed values",
    });
  });

  it('checks every element of a space-separated multiple-value field against the enum', () => {
    expect(validate(msgOf('D', [...NOS, [18, 'P E s']]), dict)).toBeNull();
    const f = validate(msgOf('D', [...NOS, [18, 'P ! E']]), dict);
    expect(f).toMatchObject({ reason: 5, refTagId: 18 });
    expect(f?.text).toContain("'!'");
  });

  it("accepts Kraken's order types and business reject reasons", () => {
    for (const ordType of ['R', 'T', 'U', 'V']) {
      expect(validate(msgOf('D', [...replace(NOS, 40, ordType), [99, '49000']]), dict)).toBeNull();
    }
    for (const reason of [101, 104]) {
      expect(
        validate(
          msgOf('j', [
            [45, 3],
            [372, 'F'],
            [379, '9'],
            [380, reason],
          ]),
          dict,
        ),
      ).toBeNull();
    }
  });

  it('skips enum checks when checkEnums is false', () => {
    expect(validate(msgOf('D', replace(NOS, 54, '0')), dict, { checkEnums: false })).toBeNull();
  });
});

describe('validate: repeated and required tags (13, 1)', () => {
  it('rejects a tag repeated outside any group with reason 13', () => {
    expect(validate(msgOf('D', [...NOS, [54, '2']]), dict)).toMatchObject({ reason: 13, refTagId: 54 });
  });

  it('rejects a missing required body field with reason 1', () => {
    const f = validate(
      msgOf(
        'D',
        NOS.filter(([t]) => t !== 54),
      ),
      dict,
    );
    expect(f).toEqual({ reason: 1, refTagId: 54, text: 'Required Side (54) missing' });
  });

  it('rejects a missing required header field with reason 1', () => {
    const msg = wire('D', [...HEADER.filter(([t]) => t !== 52), ...NOS]);
    expect(validate(msg, dict)).toMatchObject({ reason: 1, refTagId: 52 });
  });

  it('rejects a message without its required repeating group', () => {
    const f = validate(
      msgOf('W', [
        [262, 'r'],
        [55, 'BTC/USD'],
      ]),
      dict,
    );
    expect(f).toMatchObject({ reason: 1, refTagId: 268 });
  });

  it('reports a bad field before a missing required one', () => {
    const f = validate(msgOf('D', [...NOS.filter(([t]) => t !== 54), [9999, 'x']]), dict);
    expect(f?.reason).toBe(3);
  });

  it('keeps no state between messages', () => {
    expect(validate(msgOf('D', NOS), dict)).toBeNull();
    expect(validate(msgOf('D', NOS), dict)).toBeNull();
  });
});

describe('validate: repeating groups (16, 15, 1 inside instances)', () => {
  const md = (entries: Fields, count: number): Fields => [[262, 'r1'], [55, 'BTC/USD'], [268, count], ...entries];
  const bid: Fields = [
    [279, '0'],
    [269, '0'],
    [278, 'B1'],
    [270, '100'],
    [271, '1'],
    [5041, '3366'],
    [273, '12:00:00.000'],
  ];
  const del: Fields = [
    [279, '2'],
    [269, '1'],
    [278, 'S1'],
    [270, '101'],
    [271, '0'],
  ];

  it("accepts a Kraken incremental refresh with Symbol in the body and Kraken's entry fields", () => {
    expect(validate(msgOf('X', md([...bid, ...del], 2)), dict)).toBeNull();
  });

  it('rejects a NumInGroup larger than the instances on the wire with reason 16', () => {
    expect(validate(msgOf('X', md([...bid, ...del], 3)), dict)).toEqual({
      reason: 16,
      refTagId: 268,
      text: 'NoMDEntries (268) is 3 but 2 instances follow',
    });
  });

  it('rejects a NumInGroup smaller than the instances on the wire with reason 16', () => {
    expect(validate(msgOf('X', md([...bid, ...del], 1)), dict)).toMatchObject({ reason: 16, refTagId: 268 });
  });

  it('rejects an instance that does not start with the delimiter with reason 15', () => {
    const f = validate(
      msgOf(
        'X',
        md(
          [
            [269, '0'],
            [279, '0'],
            [270, '1'],
          ],
          1,
        ),
      ),
      dict,
    );
    expect(f).toMatchObject({ reason: 15, refTagId: 269 });
    expect(f?.text).toBe('NoMDEntries (268) instance starts with MDEntryType (269), expected MDUpdateAction (279)');
  });

  it('rejects a group member that appears after its group has ended with reason 15', () => {
    const g = validate(
      msgOf('V', [
        [262, 'r'],
        [263, '1'],
        [264, '0'],
        [267, 1],
        [269, '0'],
        [146, 1],
        [55, 'X'],
        [266, 'Y'],
        [65, 'sfx'],
      ]),
      dict,
    );
    expect(g).toMatchObject({ reason: 15, refTagId: 65 });
    expect(g?.text).toBe('SymbolSfx (65) belongs to group NoRelatedSym (146) but appears outside it');
  });

  it('rejects a member repeated inside one instance with reason 13', () => {
    const f = validate(
      msgOf(
        'X',
        md(
          [
            [279, '0'],
            [269, '0'],
            [270, '1'],
            [270, '2'],
          ],
          1,
        ),
      ),
      dict,
    );
    expect(f).toMatchObject({ reason: 13, refTagId: 270 });
  });

  it('accepts members in any order after the delimiter by default, as QuickFIX does', () => {
    const swapped: Fields = [
      [279, '0'],
      [269, '0'],
      [271, '1'],
      [270, '100'],
    ];
    expect(validate(msgOf('X', md(swapped, 1)), dict)).toBeNull();
  });

  it('rejects members out of dictionary order with reason 15 when strictGroupOrder is set', () => {
    const swapped: Fields = [
      [279, '0'],
      [269, '0'],
      [271, '1'],
      [270, '100'],
    ];
    const f = validate(msgOf('X', md(swapped, 1)), dict, { strictGroupOrder: true });
    expect(f).toMatchObject({ reason: 15, refTagId: 270 });
  });

  it('checks the values of group members', () => {
    const f = validate(
      msgOf(
        'X',
        md(
          [
            [279, '7'],
            [269, '0'],
          ],
          1,
        ),
      ),
      dict,
    );
    expect(f).toMatchObject({ reason: 5, refTagId: 279 });
  });

  it('validates nested groups and their counts', () => {
    const party = (subs: number): Fields => [
      [453, 1],
      [448, 'ACME'],
      [447, 'D'],
      [452, 3],
      [802, subs],
      [523, 'a'],
      [803, 1],
      [523, 'b'],
      [803, 2],
    ];
    expect(validate(msgOf('D', [...NOS, ...party(2)]), dict)).toBeNull();
    expect(validate(msgOf('D', [...NOS, ...party(3)]), dict)).toMatchObject({ reason: 16, refTagId: 802 });
  });

  it('accepts an empty group announced with NumInGroup 0', () => {
    expect(
      validate(
        msgOf('W', [
          [262, 'r'],
          [55, 'BTC/USD'],
          [268, 0],
        ]),
        dict,
      ),
    ).toBeNull();
  });

  it('validates groups in the header', () => {
    const hops: Fields = [
      [627, 1],
      [628, 'HUB'],
      [629, T],
      [630, 7],
    ];
    expect(validate(wire('0', [...HEADER, ...hops]), dict)).toBeNull();
  });
});

describe('validate: required members inside group instances (1)', () => {
  const fields = [...fix44().fields.values()];
  const byName = new Map(fields.map((f) => [f.name, f]));
  const custom = buildDictionary({
    beginString: 'FIX.4.4',
    fields: [...fields.filter((f) => f.tag !== 554), field(554, 'Password', 'INT')],
    header: members('BeginString! BodyLength! MsgType! SenderCompID! TargetCompID! MsgSeqNum! SendingTime!', byName),
    trailer: members('CheckSum!', byName),
    messages: [
      {
        msgType: 'A',
        name: 'Logon',
        category: 'admin',
        members: members('EncryptMethod! HeartBtInt! Password', byName),
      },
      {
        msgType: 'y',
        name: 'SecurityList',
        category: 'app',
        members: members('SecurityReqID! NoRelatedSym[Symbol MinTradeVol!]', byName),
      },
    ],
  });

  it('rejects an instance missing a required member, naming the instance', () => {
    const body: Fields = [
      [320, 'q'],
      [146, 2],
      [55, 'BTC/USD'],
      [562, '0.0001'],
      [55, 'ETH/USD'],
    ];
    expect(validate(msgOf('y', body), custom)).toEqual({
      reason: 1,
      refTagId: 562,
      text: 'Required MinTradeVol (562) missing in instance 2 of NoRelatedSym (146)',
    });
  });

  it('never quotes the value of a secret field in the text', () => {
    const f = validate(
      msgOf('A', [
        [98, '0'],
        [108, '30'],
        [554, 's3cret-signature'],
      ]),
      custom,
    );
    expect(f).toMatchObject({ reason: 6, refTagId: 554 });
    expect(f?.text).not.toContain('s3cret');
    expect(f?.text).toContain('(withheld)');
  });
});
