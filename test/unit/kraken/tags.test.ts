import { describe, expect, it } from 'vitest';
import { fix44 } from '../../../electron/fix/codec/dictionary/fix44.js';
import { KrakenExecInst, KrakenLogonTag, KrakenOrdType, KrakenTag } from '../../../electron/venue/kraken/tags.js';

describe('Kraken tag constants', () => {
  const dict = fix44();

  it('are all defined in the built-in dictionary under the same names', () => {
    for (const [name, tag] of Object.entries({ ...KrakenTag, ...KrakenLogonTag })) {
      expect(`${tag} ${dict.tagName(tag)}`).toBe(`${tag} ${name}`);
    }
  });

  it('include only order types and ExecInst values the dictionary accepts', () => {
    for (const v of Object.values(KrakenOrdType)) expect(dict.enumLabel(40, v)).toBeDefined();
    for (const v of Object.values(KrakenExecInst)) expect(dict.enumLabel(18, v)).toBeDefined();
  });
});
