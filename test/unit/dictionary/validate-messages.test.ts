import { describe, expect, it } from 'vitest';
import { fix44 } from '../../../electron/fix/codec/dictionary/fix44.js';
import { validate } from '../../../electron/fix/codec/dictionary/validate.js';
import { sampleFields } from './sample-message.js';
import { wire } from './wire.js';

const dict = fix44();
const types = [...dict.messages.keys()];

describe('validate: every message type of the built-in dictionary', () => {
  it('defines the admin messages and the application messages the workstation uses', () => {
    expect(types.sort()).toEqual(
      ['0', '1', '2', '3', '4', '5', 'A', 'B', 'C', 'D', 'F', 'G', 'H', 'q', 'r', '8', '9', 'j']
        .concat(['V', 'W', 'X', 'Y', 'x', 'y', 'g', 'h', 'c', 'd'])
        .sort(),
    );
  });

  it.each(types)('accepts %s with only its required fields', (msgType) => {
    expect(validate(wire(msgType, sampleFields(dict, msgType, false)), dict)).toBeNull();
  });

  it.each(types)('accepts %s with every member and two instances of each group', (msgType) => {
    const msg = wire(msgType, sampleFields(dict, msgType, true));
    expect(validate(msg, dict, { strictGroupOrder: true })).toBeNull();
  });

  const withRequiredField = types.filter((t) =>
    dict.messages.get(t)!.members.some((m) => m.kind === 'field' && m.required),
  );

  it.each(withRequiredField)('rejects %s without its first required body field, naming the tag', (msgType) => {
    const required = dict.messages.get(msgType)!.members.find((m) => m.kind === 'field' && m.required)!;
    const tag = required.kind === 'field' ? required.tag : -1;
    const without = sampleFields(dict, msgType, false).filter(([t]) => t !== tag);
    expect(validate(wire(msgType, without), dict)).toMatchObject({ reason: 1, refTagId: tag });
  });
});
