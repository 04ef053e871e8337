import { describe, it, expect } from 'vitest';
import { sessionFileName } from '../../../electron/fix/store/session-name.js';

describe('sessionFileName', () => {
  it('joins BeginString, SenderCompID and TargetCompID with dashes', () => {
    expect(
      sessionFileName({ beginString: 'FIX.4.4', senderCompId: 'CLIENT_DRV', targetCompId: 'KRAKEN-DRV-TRD' }),
    ).toBe('FIX.4.4-CLIENT_DRV-KRAKEN-DRV-TRD');
  });

  it('replaces path separators and other unsafe characters', () => {
    const name = sessionFileName({ beginString: 'FIX.4.4', senderCompId: '../etc', targetCompId: 'A B\\C:D' });
    expect(name).toMatch(/^FIX\.4\.4-\.\._etc-A_B_C_D-[0-9a-f]{8}$/);
  });

  it('keeps CompIDs that differ only in unsafe characters apart', () => {
    const a = sessionFileName({ beginString: 'FIX.4.4', senderCompId: 'A/B', targetCompId: 'T' });
    const b = sessionFileName({ beginString: 'FIX.4.4', senderCompId: 'A_B', targetCompId: 'T' });
    const c = sessionFileName({ beginString: 'FIX.4.4', senderCompId: 'A:B', targetCompId: 'T' });
    expect(new Set([a, b, c]).size).toBe(3);
  });
});
