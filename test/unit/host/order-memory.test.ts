import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OrderMemory } from '../../../electron/host/core/order-memory.js';
import type { OrderView } from '../../../shared/domain/orders.js';

function order(p: Partial<OrderView>): OrderView {
  return {
    orderKey: 'uat-trading:1',
    sessionId: 'uat-trading',
    clOrdId: '1',
    pendingClOrdId: null,
    orderId: 'O1',
    symbol: 'BTC/USD',
    side: 'buy',
    type: 'limit',
    tif: 'GTC',
    qty: '1',
    price: '100',
    stopPrice: null,
    cumQty: '0',
    leavesQty: '1',
    avgPx: '0',
    status: 'new',
    postOnly: false,
    text: null,
    createdAt: 0,
    updatedAt: 0,
    recovered: false,
    ...p,
  };
}

const tmp = (): string => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'om-')), 'working-orders.json');

describe('order memory across restarts', () => {
  it('remembers working orders with a venue id, forgets finished ones, and hands them over once per session', () => {
    const file = tmp();
    const a = new OrderMemory(
      file,
      () => undefined,
      () => false,
    );
    a.onDelta({
      orders: [
        order({}),
        order({ orderKey: 'k2', orderId: 'O2', side: 'sell' }),
        order({ orderKey: 'k3', orderId: null }),
      ],
      fills: [],
      positions: [],
    });
    a.onDelta({ orders: [order({ orderKey: 'k2', orderId: 'O2', status: 'filled' })], fills: [], positions: [] });
    a.flush();
    const b = new OrderMemory(
      file,
      () => undefined,
      () => false,
    );
    expect(b.takeCarried('uat-trading')).toEqual([{ orderId: 'O1', symbol: 'BTC/USD', side: 'buy' }]);
    expect(b.takeCarried('uat-trading')).toEqual([]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('carries nothing over for a venue that starts afresh with the app', () => {
    const file = tmp();
    const a = new OrderMemory(
      file,
      () => undefined,
      () => false,
    );
    a.onDelta({ orders: [order({ sessionId: 'demo-trading' })], fills: [], positions: [] });
    a.flush();
    expect(
      new OrderMemory(
        file,
        () => undefined,
        (id) => id === 'demo-trading',
      ).takeCarried('demo-trading'),
    ).toEqual([]);
  });

  it('starts without a damaged file and says why, without throwing', () => {
    const file = tmp();
    fs.writeFileSync(file, '{"orders": [{"sessionId": 1}]}');
    const lines: string[] = [];
    const m = new OrderMemory(
      file,
      (l) => lines.push(l),
      () => false,
    );
    expect(m.takeCarried('uat-trading')).toEqual([]);
    expect(lines[0]).toMatch(/not a list of working orders/);
    fs.writeFileSync(file, 'not json');
    new OrderMemory(
      file,
      (l) => lines.push(l),
      () => false,
    );
    expect(lines[1]).toMatch(/not valid JSON/);
  });
});
