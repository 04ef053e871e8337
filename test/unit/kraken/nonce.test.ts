import { describe, expect, it } from 'vitest';
import { NonceSource } from '../../../electron/venue/kraken/nonce.js';

function clockOf(times: number[]): () => number {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)]!;
}

describe('NonceSource', () => {
  it('gives the clock in epoch milliseconds as decimal text', () => {
    expect(new NonceSource(() => 1724512345678).next()).toBe('1724512345678');
  });

  it('truncates a fractional clock to whole milliseconds', () => {
    expect(new NonceSource(() => 1724512345678.9).next()).toBe('1724512345678');
  });

  it('stays strictly increasing when called several times in the same millisecond', () => {
    const nonces = new NonceSource(() => 1000);
    expect([nonces.next(), nonces.next(), nonces.next()]).toEqual(['1000', '1001', '1002']);
  });

  it('stays strictly increasing when the clock steps back', () => {
    const nonces = new NonceSource(clockOf([5000, 2000, 4000, 5002, 9000]));
    expect([nonces.next(), nonces.next(), nonces.next(), nonces.next(), nonces.next()]).toEqual([
      '5000',
      '5001',
      '5002',
      '5003',
      '9000',
    ]);
  });

  it('follows the clock again once it has passed the last nonce', () => {
    const nonces = new NonceSource(clockOf([1000, 1000, 1500]));
    nonces.next();
    nonces.next();
    expect(nonces.next()).toBe('1500');
    expect(nonces.last).toBe(1500);
  });

  it('continues above a nonce restored from an earlier run', () => {
    expect(new NonceSource(() => 1000, 2000).next()).toBe('2001');
  });
});
