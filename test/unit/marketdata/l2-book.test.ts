import { describe, expect, it } from 'vitest';
import { L2Book, UpdateAction } from '../../../electron/marketdata/index.js';
import { qtyToken } from '../../../electron/marketdata/book-verify.js';
import { bookChecksum, checksumToken, checksumTokenAt } from '../../../electron/venue/kraken/book-checksum.js';

const { New, Change, Delete } = UpdateAction;

function side(book: L2Book, bid: boolean): string[] {
  const top = book.top(1000);
  return (bid ? top.bids : top.asks).map((l) => `${l.price}x${l.qty}`);
}

function snapshot(book: L2Book, bids: Array<[string, string]>, asks: Array<[string, string]>): void {
  book.beginSnapshot();
  for (const [p, q] of bids) book.applyLevelText(New, true, p, q);
  for (const [p, q] of asks) book.applyLevelText(New, false, p, q);
  book.endSnapshot(1);
}

describe('L2Book', () => {
  it('builds from a snapshot and keeps bids descending and asks ascending through new, change and delete', () => {
    const book = new L2Book('BTC/USD', { depth: 25 });
    snapshot(
      book,
      [
        ['30299.0', '1'],
        ['30299.9', '0.5'],
        ['30298.5', '2'],
      ],
      [
        ['30301.5', '2'],
        ['30300.0', '0.25'],
      ],
    );
    expect(side(book, true)).toEqual(['30299.9x0.5', '30299.0x1', '30298.5x2']);
    expect(side(book, false)).toEqual(['30300.0x0.25', '30301.5x2']);

    book.applyLevelText(New, true, '30299.5', '3');
    book.applyLevelText(Change, true, '30299.0', '1.5');
    book.applyLevelText(Delete, true, '30299.9', '0');
    book.applyLevelText(New, false, '30300.5', '4');
    book.applyLevelText(Delete, false, '30300.0', '0.25');
    book.endIncremental(undefined, 2);
    expect(side(book, true)).toEqual(['30299.5x3', '30299.0x1.5', '30298.5x2']);
    expect(side(book, false)).toEqual(['30300.5x4', '30301.5x2']);
    expect(book.bestBid()).toBe('30299.5');
    expect(book.bestAsk()).toBe('30300.5');
    expect(book.updatedAt).toBe(2);
  });

  it('compares prices as exact numbers whatever their number of decimals on the wire', () => {
    const book = new L2Book('X', { depth: 100 });
    for (const p of ['0.5', '0.45', '0.455', '0.4', '1', '0.4550001']) book.applyLevelText(New, true, p, '1');
    // The same price written differently is the same level.
    book.applyLevelText(Change, true, '0.50', '7');
    book.applyLevelText(Delete, true, '1.000', null);
    expect(side(book, true)).toEqual(['0.5x7', '0.4550001x1', '0.455x1', '0.45x1', '0.4x1']);
  });

  it('treats a change of an unknown level as an insert, a delete of an unknown level as nothing, and a zero quantity as a delete', () => {
    const book = new L2Book('X', { depth: 100 });
    book.applyLevelText(Change, false, '10', '1');
    book.applyLevelText(Delete, false, '11', '0');
    book.applyLevelText(New, false, '12', '2');
    book.applyLevelText(Change, false, '12', '0.000');
    expect(side(book, false)).toEqual(['10x1']);
  });

  it('drops entries whose price is not a plain decimal and counts them', () => {
    const book = new L2Book('X', { depth: 100 });
    for (const p of ['1e5', '-3', '', '1.2.3', 'abc']) book.applyLevelText(New, true, p, '1');
    expect(book.bids.size).toBe(0);
    expect(book.malformed).toBe(5);
  });

  it('keeps at most its depth window per side once a message is applied, dropping the worst levels', () => {
    const book = new L2Book('X', { depth: 10 });
    for (let i = 0; i < 14; i++) book.applyLevelText(New, true, String(100 + i), '1');
    for (let i = 0; i < 12; i++) book.applyLevelText(New, false, String(200 + i), '1');
    book.endIncremental(undefined, 1);
    expect(book.bids.size).toBe(10);
    expect(book.asks.size).toBe(10);
    expect(book.top(100).bids[9]!.price).toBe('104');
    expect(book.top(100).asks[9]!.price).toBe('209');
  });

  it('reports the best rank that changed since it was last asked', () => {
    const book = new L2Book('X', { depth: 100 });
    for (let i = 0; i < 20; i++) book.applyLevelText(New, true, String(100 + i), '1');
    book.takeTouchedRank();
    book.applyLevelText(Change, true, '105', '2');
    expect(book.takeTouchedRank()).toBe(14);
    expect(book.takeTouchedRank()).toBe(Number.POSITIVE_INFINITY);
    book.applyLevelText(New, false, '200', '1');
    book.applyLevelText(Delete, true, '118', null);
    expect(book.takeTouchedRank()).toBe(0);
  });

  it('verifies the venue checksum over the top 10 levels once the message is applied', () => {
    const book = new L2Book('BTC/USD', { depth: 25, priceDecimals: 1, qtyDecimals: 8 });
    const bids = Array.from({ length: 12 }, (_, i) => ({ price: `${30299 - i}.5`, qty: `${i + 1}.00000000` }));
    const asks = Array.from({ length: 12 }, (_, i) => ({
      price: `${30300 + i}.0`,
      qty: `0.${String(i + 1).padStart(2, '0')}000000`,
    }));
    snapshot(
      book,
      bids.map((l) => [l.price, l.qty]),
      asks.map((l) => [l.price, l.qty]),
    );
    book.applyLevelText(Change, true, bids[0]!.price, '9.00000000');
    bids[0] = { price: bids[0]!.price, qty: '9.00000000' };
    expect(book.endIncremental(bookChecksum(asks, bids), 2)).toBe('ok');
    expect(book.resyncing).toBe(false);
  });

  it('formats prices and quantities at the instrument precision for the checksum, as Kraken does', () => {
    // The venue wrote "1.5" for a pair with QtyPrecision 8: the checksum still uses 150000000.
    const book = new L2Book('BTC/USD', { depth: 10, priceDecimals: 1, qtyDecimals: 8 });
    snapshot(book, [['30299.9', '1.5']], [['30300', '0.001']]);
    const expected = bookChecksum([{ price: '30300.0', qty: '0.00100000' }], [{ price: '30299.9', qty: '1.50000000' }]);
    expect(book.endIncremental(expected, 2)).toBe('ok');
  });

  it('leaves the checksum unchecked when the window is shallower than the 10 levels it covers', () => {
    const book = new L2Book('X', { depth: 1 });
    snapshot(book, [['1', '1']], [['2', '1']]);
    expect(book.endIncremental(12345, 2)).toBe('unchecked');
    expect(book.resyncing).toBe(false);
  });

  it('on a checksum mismatch marks itself resyncing, asks once for a snapshot, ignores incrementals, and recovers with the snapshot', () => {
    const asked: string[] = [];
    const book = new L2Book('BTC/USD', { depth: 10, onResyncNeeded: (b) => asked.push(b.symbol) });
    snapshot(book, [['100', '1']], [['101', '1']]);
    expect(book.endIncremental(1, 2)).toBe('mismatch');
    expect(book.resyncing).toBe(true);
    expect(book.live).toBe(false);
    expect(asked).toEqual(['BTC/USD']);
    snapshot(book, [['99', '3']], [['102', '4']]);
    expect(book.resyncing).toBe(false);
    expect(book.hasSnapshot).toBe(true);
    expect(side(book, true)).toEqual(['99x3']);
    expect(book.endIncremental(bookChecksum([{ price: '102', qty: '4' }], [{ price: '99', qty: '3' }]), 3)).toBe('ok');
  });

  it('skips recomputing when nothing moved in the top 10, yet still catches a checksum that changed', () => {
    const book = new L2Book('X', { depth: 25 });
    const bids = Array.from({ length: 15 }, (_, i) => ({ price: String(100 - i), qty: '1' }));
    snapshot(
      book,
      bids.map((l) => [l.price, l.qty]),
      [['101', '1']],
    );
    const sum = bookChecksum([{ price: '101', qty: '1' }], bids);
    expect(book.endIncremental(sum, 2)).toBe('ok');
    book.applyLevelText(Change, true, '87', '5');
    expect(book.endIncremental(sum, 3)).toBe('ok');
    book.applyLevelText(Change, true, '88', '5');
    expect(book.endIncremental(sum + 1, 4)).toBe('mismatch');
  });

  it('formats its checksum anew when the instrument precisions arrive after the levels', () => {
    const book = new L2Book('BTC/USD', { depth: 10 });
    snapshot(book, [['30299.9', '1.5']], [['30300.0', '2']]);
    const kraken = bookChecksum([{ price: '30300.0', qty: '2.00000000' }], [{ price: '30299.9', qty: '1.50000000' }]);
    expect(
      book.endIncremental(bookChecksum([{ price: '30300.0', qty: '2' }], [{ price: '30299.9', qty: '1.5' }]), 2),
    ).toBe('ok');
    book.setPrecisions(1, 8);
    expect(book.endIncremental(kraken, 3)).toBe('ok');
  });

  it('shows a quantity exactly as the venue wrote it, however long', () => {
    const book = new L2Book('X', { depth: 10 });
    book.applyLevelText(New, true, '1', '0.50000000');
    book.applyLevelText(New, true, '2', '123456789012345678.25');
    book.applyLevelText(New, true, '3', '7');
    book.applyLevelText(Change, true, '3', '0.0000000000000000001');
    expect(side(book, true)).toEqual(['3x0.0000000000000000001', '2x123456789012345678.25', '1x0.50000000']);
    book.applyLevelText(Change, true, '2', '0.00000000000000000000');
    expect(side(book, true)).toEqual(['3x0.0000000000000000001', '1x0.50000000']);
  });
});

describe('checksum tokens from a level’s digits', () => {
  it('equal the venue module’s text tokens for every quantity and precision tried', () => {
    const values = ['0', '1', '1.5', '0.00000001', '0.5000', '123.456', '10', '0.1', '99999999.99999999', '7.0'];
    for (const qty of values) {
      for (const decimals of [undefined, 0, 1, 2, 4, 8]) {
        const book = new L2Book('X', { depth: 10 });
        book.applyLevelText(New, true, '1', qty === '0' ? '0.0001' : qty);
        const level = book.bids.at(0)!;
        const text = qty === '0' ? '0.0001' : qty;
        const want = decimals === undefined ? checksumToken(text) : checksumTokenAt(text, decimals);
        expect([qty, decimals, qtyToken(level, decimals)]).toEqual([qty, decimals, want]);
      }
    }
  });
});
