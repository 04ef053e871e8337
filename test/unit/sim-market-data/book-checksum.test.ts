import { describe, expect, it } from 'vitest';
import { bookChecksum, checksumInput, checksumToken } from '../../../electron/sim/market-data/index.js';

// Worked example from spec §1.8: BTC/USD (2349 PricePrecision 1, 5010 QtyPrecision 8), two levels a side.
const asks = [
  { price: '30300.0', qty: '0.50000000' },
  { price: '30300.5', qty: '1.25000000' },
];
const bids = [
  { price: '30299.9', qty: '0.00100000' },
  { price: '30299.0', qty: '2.00000000' },
];

describe('Kraken book checksum (5041)', () => {
  it('drops the decimal point and the leading zeros of each price and quantity', () => {
    expect(checksumToken('30299.9')).toBe('302999');
    expect(checksumToken('0.00100000')).toBe('100000');
    expect(checksumToken('0.05005')).toBe('5005');
    expect(checksumToken('1.25000000')).toBe('125000000');
  });

  it('concatenates asks low to high, then bids high to low, price before quantity', () => {
    expect(checksumInput(asks, bids)).toBe(
      '303000' + '50000000' + '303005' + '125000000' + '302999' + '100000' + '302990' + '200000000',
    );
  });

  it('is the unsigned IEEE CRC32 of that text', () => {
    // 3998665298 = zlib.crc32 of the text above, computed independently (Python's zlib).
    expect(bookChecksum(asks, bids)).toBe(3998665298);
    // The CRC variant: the standard check value of CRC-32/IEEE.
    expect(bookChecksum([{ price: '12345', qty: '6789' }], [])).toBe(0xcbf43926);
  });

  it('uses only the top 10 levels of each side', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ price: `${30300 + i}.0`, qty: '1.00000000' }));
    expect(checksumInput(many, [])).toBe(checksumInput(many.slice(0, 10), []));
    expect(bookChecksum(many, bids)).toBe(bookChecksum(many.slice(0, 10), bids));
  });
});
