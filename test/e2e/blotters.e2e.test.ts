// End to end in Chromium: the working-orders, fills and positions blotters (ag-grid) in the real renderer, served
// by the web host in front of the real core and its embedded exchange with a living market. Orders are placed
// through the core as the ticket would; the blotters must show them, let the trader amend and cancel in the row,
// show the fills and the position the market makes, and stay a window of rows over 100,000 fills. The 100,000 fills
// go down the real orders stream (a host wrapper adds them next to the core's own events), so they cross the socket,
// the store and the grid's transactions exactly as a venue's would, without the venue having to trade that much.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkstationCore } from '../../electron/host/workstation-core.js';
import type { StreamSink, WorkstationHost } from '../../electron/host/workstation-host.js';
import { cmp, dec, fixed, mul, sub } from '../../shared/domain/decimal.js';
import type { FillView, NewOrderRequest } from '../../shared/domain/orders.js';
import { CommandChannel, StreamChannel } from '../../shared/ipc/channels.js';
import { openWorkstation, SCREENSHOT_DIR, type WorkstationPage } from './support/workstation-page.js';

const SHOTS = SCREENSHOT_DIR;
const SESSION = 'demo-trading';
const SYMBOL = 'BTC/USD';
/** Generous: a loaded machine, not a performance expectation. */
const WAIT_MS = 30_000;
const LOAD_FILLS = 100_000;

let ws: WorkstationPage;
let core: WorkstationCore;
let page: Page;
const sinks = new Set<StreamSink>();
// CSP violations (ag-grid injecting <style>, a data: font) and script errors land in ws.problems: the page must run
// clean.
let problems: string[];

beforeAll(async () => {
  ws = await openWorkstation({
    core: { exchange: { seed: 11, rate: 40 } },
    host: (c): WorkstationHost => ({
      execute: (channel, request) => c.execute(channel, request),
      subscribe: (sink) => {
        sinks.add(sink);
        const off = c.subscribe(sink);
        return () => {
          sinks.delete(sink);
          off();
        };
      },
    }),
  });
  ({ core, page, problems } = ws);
  await vi.waitFor(
    async () => {
      const sessions = await core.execute(CommandChannel.listSessions, {});
      expect(sessions.ok && sessions.value.find((s) => s.id === SESSION)?.phase).toBe('active');
      const history = await core.execute(CommandChannel.marketHistory, { symbol: SYMBOL });
      expect(history.ok && history.value.trades.length).toBeGreaterThan(0);
    },
    { timeout: WAIT_MS, interval: 200 },
  );
});

afterAll(async () => {
  await ws?.close();
});

const blotter = (id: 'working' | 'fills' | 'positions'): Locator =>
  page.locator(`section[aria-labelledby="blotter-${id}-title"]`);
const row = (id: 'working' | 'fills' | 'positions', rowId: string): Locator =>
  blotter(id).locator(`.ag-row[row-id="${rowId}"]`);
const cell = (r: Locator, colId: string): Locator => r.locator(`.ag-cell[col-id="${colId}"]`);

async function showTab(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

async function lastPrice(symbol = SYMBOL): Promise<string> {
  const history = await core.execute(CommandChannel.marketHistory, { symbol });
  if (!history.ok || history.value.trades.length === 0) throw new Error('no trades yet');
  return history.value.trades[history.value.trades.length - 1]!.price;
}

async function place(o: Partial<NewOrderRequest> & Pick<NewOrderRequest, 'side' | 'type'>): Promise<string> {
  const placed = await core.execute(CommandChannel.newOrder, {
    sessionId: SESSION,
    symbol: SYMBOL,
    qty: '0.002',
    tif: 'GTC',
    ...o,
  });
  if (!placed.ok) throw new Error(`order refused: ${placed.reason}`);
  return placed.value.orderKey;
}

let resting = 0;

/** A buy limit 2% under the market: rests, never fills. Prices on the 0.1 tick of BTC/USD and ETH/USD. Each one a
 * tick lower than the last, so two placed within the duplicate-order window are not refused as a double click. */
async function placeResting(symbol = SYMBOL): Promise<string> {
  const below = mul(dec('0.1'), dec(String(resting++)));
  const price = fixed(sub(mul(dec(await lastPrice(symbol)), dec('0.98')), below), 1);
  return place({ symbol, side: 'buy', type: 'limit', price });
}

describe('blotters in Chromium', () => {
  it('shows a resting order in the working blotter and takes it out when cancelled from its row', async () => {
    await showTab('Working');
    const key = await placeResting();
    const r = row('working', key);
    await expect.poll(() => cell(r, 'status').textContent(), { timeout: WAIT_MS }).toBe('New');
    expect(await cell(r, 'side').textContent()).toBe('BUY');
    expect(await cell(r, 'side').getAttribute('class')).toContain('ws-buy');
    expect(await cell(r, 'symbol').textContent()).toBe(SYMBOL);
    expect(await cell(r, 'session').textContent()).toBe(SESSION);
    // BTC/USD: one price decimal, thousands grouped; qty at the instrument's precision.
    expect(await cell(r, 'price').textContent()).toMatch(/^\d{1,3}(,\d{3})*\.\d$/);
    expect(await cell(r, 'qty').textContent()).toMatch(/^0\.0020*$/);
    expect(await cell(r, 'leaves').textContent()).toMatch(/^0\.0020*$/);
    expect(await cell(r, 'orderId').textContent()).not.toBe('');
    await blotter('working').screenshot({ path: path.join(SHOTS, 'blotter-working.png') });

    await blotter('working')
      .getByRole('button', { name: new RegExp(`^Cancel order buy 0\\.002 BTC/USD`) })
      .click();
    await r.waitFor({ state: 'detached', timeout: WAIT_MS });
    await expect
      .poll(() => blotter('working').locator('.blotter-feedback').textContent())
      .toMatch(/Cancel BUY 0\.002 BTC\/USD .*: sent$/);
    expect(problems).toEqual([]);
  });

  it('amends a price in place with Enter, reverts with Escape, and cancels the focused order with Delete', async () => {
    await showTab('Working');
    const key = await placeResting();
    const r = row('working', key);
    await expect.poll(() => cell(r, 'status').textContent(), { timeout: WAIT_MS }).toBe('New');
    const before = (await cell(r, 'price').textContent()) ?? '';
    const newPrice = fixed(mul(dec(before.replace(/,/g, '')), dec('0.99')), 1);

    // The row's Amend button opens the price editor.
    await blotter('working')
      .getByRole('button', { name: /^Amend order buy 0\.002 BTC\/USD/ })
      .click();
    await cell(r, 'price').locator('input').waitFor({ timeout: WAIT_MS });
    await page.keyboard.press('Escape');
    await cell(r, 'price').locator('input').waitFor({ state: 'detached', timeout: WAIT_MS });

    // Escape: the editor closes and nothing is sent.
    await cell(r, 'price').click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1');
    await page.keyboard.press('Escape');
    await expect.poll(() => cell(r, 'price').textContent()).toBe(before);
    expect(await cell(r, 'status').textContent()).toBe('New');

    // Enter: the amend goes out and the row follows the venue's answer.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(newPrice);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => ((await cell(r, 'price').textContent()) ?? '').replace(/,/g, ''), { timeout: WAIT_MS })
      .toBe(newPrice);
    // The venue's answer (39=5 Replaced from the simulator, 39=0 from others) ends the pending state.
    await expect.poll(() => cell(r, 'status').textContent(), { timeout: WAIT_MS }).toMatch(/^(New|Replaced)$/);

    // A price off the tick is refused in the renderer with the reason.
    await cell(r, 'price').click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(`${newPrice}5`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => blotter('working').locator('.blotter-feedback').textContent())
      .toMatch(/price must be a multiple of the tick size 0\.1$/);
    problems.length = 0; // the refusal is also raised as an error notice, which is not a page problem

    await cell(r, 'symbol').click();
    await page.keyboard.press('Delete');
    await r.waitFor({ state: 'detached', timeout: WAIT_MS });
    expect(problems).toEqual([]);
  });

  it('scopes the working blotter and Cancel all to the chosen symbol', async () => {
    await showTab('Working');
    const btc = await placeResting();
    const eth = await placeResting('ETH/USD');
    const working = blotter('working');
    await expect.poll(() => cell(row('working', eth), 'status').textContent(), { timeout: WAIT_MS }).toBe('New');
    await expect.poll(() => cell(row('working', btc), 'status').textContent(), { timeout: WAIT_MS }).toBe('New');

    await working.getByLabel('Symbol', { exact: true }).selectOption(SYMBOL);
    await expect.poll(() => row('working', eth).count()).toBe(0);
    expect(await row('working', btc).count()).toBe(1);
    await working.getByRole('button', { name: `Cancel all ${SYMBOL}` }).click();
    await row('working', btc).waitFor({ state: 'detached', timeout: WAIT_MS });
    await expect
      .poll(() => working.locator('.blotter-feedback').textContent())
      .toMatch(/Cancel all \(BTC\/USD\): 1 cancel sent$/);

    await working.getByLabel('Symbol', { exact: true }).selectOption('');
    await expect.poll(() => row('working', eth).count()).toBe(1);
    await working.getByRole('button', { name: 'Cancel all', exact: true }).click();
    await row('working', eth).waitFor({ state: 'detached', timeout: WAIT_MS });
    await expect.poll(() => working.getByTestId('blotter-count').textContent()).toBe('0 orders');
    expect(await working.getByRole('button', { name: 'Cancel all', exact: true }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    expect(problems).toEqual([]);
  });

  it('shows a market order’s fill in the fills blotter and the position it moves', async () => {
    await showTab('Positions');
    const positionRow = row('positions', SYMBOL);
    const before = (await positionRow.count()) === 0 ? '0' : ((await cell(positionRow, 'qty').textContent()) ?? '0');
    const key = await place({ side: 'buy', type: 'market', qty: '0.01', tif: 'IOC' });

    await expect
      .poll(
        async () => ((await positionRow.count()) === 0 ? '0' : ((await cell(positionRow, 'qty').textContent()) ?? '0')),
        {
          timeout: WAIT_MS,
        },
      )
      .not.toBe(before);
    const after = ((await cell(positionRow, 'qty').textContent()) ?? '').replace(/[+,]/g, '');
    expect(cmp(dec(after), dec(before.replace(/[+,]/g, '')))).toBe(1);
    expect(await cell(positionRow, 'qty').getAttribute('class')).toContain('ws-up');
    await expect
      .poll(() => cell(positionRow, 'mark').textContent(), { timeout: WAIT_MS })
      .toMatch(/^\d{1,3}(,\d{3})*\.\d$/);
    const totals = blotter('positions').locator('.ag-grid-pinned-bottom-rows .ag-row');
    await expect.poll(() => totals.locator('.ag-cell[col-id="symbol"]').allTextContents()).toContain('Total USD');
    await blotter('positions').screenshot({ path: path.join(SHOTS, 'blotter-positions.png') });

    await showTab('Fills');
    const snapshot = await core.execute(CommandChannel.ordersSnapshot, {});
    const execs = snapshot.ok ? snapshot.value.fills.filter((f) => f.orderKey === key) : [];
    expect(execs.length).toBeGreaterThan(0);
    const fill = row('fills', `${SESSION}/${execs[0]!.execId}`);
    await fill.waitFor({ timeout: WAIT_MS });
    expect(await cell(fill, 'side').textContent()).toBe('BUY');
    expect(await cell(fill, 'symbol').textContent()).toBe(SYMBOL);
    expect(await cell(fill, 'liquidity').textContent()).toBe('Taker');
    expect(await cell(fill, 'feeCcy').textContent()).toBe('USD');
    expect(((await cell(fill, 'price').textContent()) ?? '').replace(/,/g, '')).toBe(fixed(dec(execs[0]!.price), 1));
    await blotter('fills').screenshot({ path: path.join(SHOTS, 'blotter-fills.png') });
    expect(problems).toEqual([]);
  });

  it('groups fills by symbol under header rows that collapse and expand from the keyboard', async () => {
    await showTab('Fills');
    await place({ side: 'sell', type: 'market', qty: '0.01', tif: 'IOC', symbol: 'ETH/USD' });
    const fills = blotter('fills');
    await fills
      .locator('.ag-row:has(.ag-cell[col-id="symbol"]:text-is("ETH/USD"))')
      .first()
      .waitFor({ timeout: WAIT_MS });
    await fills.getByLabel('Group').selectOption('symbol');
    const headers = fills.locator('.ws-group-header');
    await expect.poll(() => headers.count()).toBe(2);
    expect(await headers.locator('.ws-group-name').allTextContents()).toEqual(['Symbol BTC/USD', 'Symbol ETH/USD']);
    const dataRows = (): Promise<number> => fills.locator('.ag-row:not(.ag-full-width-row)').count();
    const all = await dataRows();

    await fills.locator('.ag-full-width-row').first().click();
    await page.keyboard.press('Enter');
    await expect.poll(() => fills.getByRole('button', { name: 'Expand Symbol BTC/USD' }).count()).toBe(1);
    expect(await dataRows()).toBeLessThan(all);
    await fills.screenshot({ path: path.join(SHOTS, 'blotter-fills-grouped.png') });
    await page.keyboard.press('Enter');
    await expect.poll(dataRows).toBe(all);

    // Switching tabs unmounts the panel; the grouping (like columns, sort and filters) comes back with it.
    await showTab('Positions');
    await showTab('Fills');
    await expect.poll(() => headers.count()).toBe(2);
    expect(await fills.getByLabel('Group').inputValue()).toBe('symbol');

    await fills.getByLabel('Group').selectOption('');
    await expect.poll(() => headers.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('filters fills by quick filter and by an exact price, and exports what it shows as CSV', async () => {
    await showTab('Fills');
    const fills = blotter('fills');
    const count = fills.getByTestId('blotter-count');
    const snapshot = await core.execute(CommandChannel.ordersSnapshot, {});
    const all = snapshot.ok ? snapshot.value.fills : [];
    const eth = all.filter((f) => f.symbol === 'ETH/USD');
    expect(eth.length).toBeGreaterThan(0);
    await expect.poll(() => count.textContent()).toBe(`${all.length} fills`);

    await fills.getByLabel('Filter fills').fill('ETH/USD');
    await expect.poll(() => count.textContent()).toBe(`${eth.length} fill${eth.length === 1 ? '' : 's'}`);
    await fills.getByLabel('Filter fills').press('Escape');
    await expect.poll(() => count.textContent()).toBe(`${all.length} fills`);

    // The price filter compares exact decimals: "2999.40" and "2999.4" are the same price.
    const target = eth[0]!;
    const samePrice = all.filter((f) => cmp(dec(f.price), dec(target.price)) === 0);
    await fills.getByLabel('Price Filter Input').fill(`${target.price}0`);
    await expect.poll(() => count.textContent()).toBe(`${samePrice.length} fill${samePrice.length === 1 ? '' : 's'}`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      fills.getByRole('button', { name: 'Export fills to CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^fills-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    const csv = fs
      .readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toBe('"Time","Session","Symbol","Side","Qty","Price","Fee","Fee ccy","Liq","ExecID","Order"');
    expect(csv).toHaveLength(samePrice.length + 1);
    const line = csv.find((l) => l.includes(target.execId))!;
    expect(line).toContain(
      `"${new Date(target.time).toISOString()}","${SESSION}","ETH/USD","SELL","${target.qty}","${target.price}","${target.fee}","USD"`,
    );

    await fills.getByLabel('Price Filter Input').fill('');
    await expect.poll(() => count.textContent()).toBe(`${all.length} fills`);
    expect(problems).toEqual([]);
  });

  it('takes its colours from the theme: light as well as dark', async () => {
    await showTab('Working');
    const key = await placeResting();
    const side = cell(row('working', key), 'side');
    await side.waitFor({ timeout: WAIT_MS });
    const colours = (): Promise<{ panel: string; grid: string; buy: string; side: string }> =>
      page.evaluate(() => {
        const css = getComputedStyle(document.documentElement);
        const probe = document.createElement('div');
        document.body.append(probe);
        const resolve = (v: string): string => {
          probe.style.color = v;
          return getComputedStyle(probe).color;
        };
        const out = {
          panel: resolve(css.getPropertyValue('--panel')),
          buy: resolve(css.getPropertyValue('--buy')),
          grid: getComputedStyle(
            document.querySelector('section[aria-labelledby="blotter-working-title"] .ag-root-wrapper')!,
          ).backgroundColor,
          side: getComputedStyle(
            document.querySelector('section[aria-labelledby="blotter-working-title"] .ag-cell[col-id="side"]')!,
          ).color,
        };
        probe.remove();
        return out;
      });
    const dark = await colours();
    expect(dark.grid).toBe(dark.panel);
    expect(dark.side).toBe(dark.buy);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    const light = await colours();
    expect(light.grid).toBe(light.panel);
    expect(light.side).toBe(light.buy);
    expect(light.panel).not.toBe(dark.panel);
    await blotter('working').screenshot({ path: path.join(SHOTS, 'blotter-working-light.png') });
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    await core.execute(CommandChannel.cancelOrder, { orderKey: key });
    await row('working', key).waitFor({ state: 'detached', timeout: WAIT_MS });
    expect(problems).toEqual([]);
  });

  it('updates working orders in place by transactions alone: no geometry read in the grid per update', async () => {
    await showTab('Working');
    const last = dec(await lastPrice());
    const priceAt = (pct: string): string => fixed(mul(last, dec(pct)), 1);
    const keys: string[] = [];
    for (let i = 0; i < 6; i++) keys.push(await place({ side: 'buy', type: 'limit', price: priceAt(`0.97${i}`) }));
    for (const key of keys) {
      await expect.poll(() => cell(row('working', key), 'status').textContent(), { timeout: WAIT_MS }).toBe('New');
    }
    // Counts every layout-reading DOM call (sizes, scroll offsets, computed style) on the working grid's elements.
    // A read after the grid wrote to the DOM forces a layout; an update of rows already shown needs none.
    await page.evaluate(() => {
      const grid = document.querySelector('section[aria-labelledby="blotter-working-title"] .blotter-grid')!;
      const reads: Record<string, number> = {};
      const undo: (() => void)[] = [];
      const count = (el: unknown, name: string): void => {
        if (el instanceof Node && grid.contains(el)) reads[name] = (reads[name] ?? 0) + 1;
      };
      const wrap = (proto: object, name: string): void => {
        const d = Object.getOwnPropertyDescriptor(proto, name)!;
        const get = d.get;
        const fn = d.value as ((...a: unknown[]) => unknown) | undefined;
        Object.defineProperty(
          proto,
          name,
          get !== undefined
            ? {
                ...d,
                get: function (this: Element) {
                  count(this, name);
                  return get.call(this);
                },
              }
            : {
                ...d,
                value: function (this: Element, ...a: unknown[]) {
                  count(this, name);
                  return fn!.apply(this, a);
                },
              },
        );
        undo.push(() => Object.defineProperty(proto, name, d));
      };
      for (const n of ['clientWidth', 'clientHeight', 'scrollTop', 'scrollLeft', 'scrollWidth', 'scrollHeight'])
        wrap(Element.prototype, n);
      for (const n of ['getBoundingClientRect', 'getClientRects']) wrap(Element.prototype, n);
      for (const n of ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft']) wrap(HTMLElement.prototype, n);
      const computed = window.getComputedStyle;
      window.getComputedStyle = (el: Element, pseudo?: string | null) => {
        count(el, 'getComputedStyle');
        return computed.call(window, el, pseudo);
      };
      undo.push(() => (window.getComputedStyle = computed));
      (window as unknown as { layoutReads: () => Record<string, number> }).layoutReads = () => {
        for (const u of undo.reverse()) u();
        return reads;
      };
    });
    const amended = keys.map((_, i) => priceAt(`0.96${i}`));
    for (const [i, key] of keys.entries()) {
      const r = await core.execute(CommandChannel.amendOrder, { orderKey: key, price: amended[i]! });
      expect(r.ok ? 'sent' : r.reason).toBe('sent');
    }
    for (const [i, key] of keys.entries()) {
      const shown = Number(amended[i]).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      await expect.poll(() => cell(row('working', key), 'price').textContent(), { timeout: WAIT_MS }).toBe(shown);
    }
    // Measurements ag-grid schedules land in the next animation frames: let a few pass before reading the count.
    for (let i = 0; i < 3; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const reads = await page.evaluate(() =>
      (window as unknown as { layoutReads: () => Record<string, number> }).layoutReads(),
    );
    expect(reads).toEqual({});
    for (const key of keys) await core.execute(CommandChannel.cancelOrder, { orderKey: key });
    for (const key of keys) await row('working', key).waitFor({ state: 'detached', timeout: WAIT_MS });
    expect(problems).toEqual([]);
  });

  it('keeps 100,000 fills as a window of rendered rows and scrolls to the last one', async () => {
    await showTab('Fills');
    const t0 = Date.now() - LOAD_FILLS;
    const load = (i: number): FillView => ({
      execId: `LOAD-${String(i).padStart(6, '0')}`,
      orderKey: `${SESSION}:load-${i % 97}`,
      sessionId: SESSION,
      symbol: i % 2 === 0 ? SYMBOL : 'ETH/USD',
      side: i % 3 === 0 ? 'sell' : 'buy',
      qty: `0.0${(i % 9) + 1}`,
      price: `${60000 + (i % 500)}.${i % 10}`,
      fee: '0.01',
      feeCurrency: 'USD',
      liquidity: i % 4 === 0 ? 'taker' : 'maker',
      time: t0 + i,
    });
    const count = blotter('fills').getByTestId('blotter-count');
    // Chunks small enough for the web host's send buffer; each waits until the page has taken it in.
    const CHUNK = 2000;
    for (let from = 0; from < LOAD_FILLS; from += CHUNK) {
      const fills = Array.from({ length: CHUNK }, (_, k) => load(from + k));
      for (const sink of sinks) sink(StreamChannel.orders, { orders: [], fills, positions: [] });
      await expect
        .poll(async () => Number(((await count.textContent()) ?? '').replace(/\D/g, '')), { timeout: WAIT_MS })
        .toBeGreaterThanOrEqual(Math.min(from + CHUNK, LOAD_FILLS));
    }
    await expect.poll(() => count.textContent(), { timeout: WAIT_MS }).toBe('100,000 fills');

    // Newest first: the last fill to arrive heads the grid; only a window of rows is in the DOM.
    const rows = blotter('fills').locator('.ag-row');
    await expect.poll(() => rows.first().getAttribute('row-id')).toBe(`${SESSION}/LOAD-099999`);
    const rendered = await rows.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(200);

    // Ctrl+End from a focused cell goes to the end of the 100,000: the oldest fill kept.
    await cell(rows.first(), 'symbol').click();
    await page.keyboard.press('ControlOrMeta+End');
    const last = row('fills', `${SESSION}/LOAD-000000`);
    await last.waitFor({ timeout: WAIT_MS });
    // Two header rows (titles, floating filters) come before the data rows in aria-rowindex.
    expect(await last.getAttribute('aria-rowindex')).toBe(String(LOAD_FILLS + 2));
    expect(await rows.count()).toBeLessThan(200);
    // In view, not merely in the DOM: wholly inside the grid's viewport. (Headless Chromium hides native scrollbars,
    // so ag-grid draws its horizontal scrollbar as an overlay there, the way it does for macOS overlay scrollbars.)
    const viewport = blotter('fills').locator('[role="grid"]');
    await expect
      .poll(async () => {
        const r = (await last.boundingBox())!;
        const v = (await viewport.boundingBox())!;
        return r.y >= v.y && r.y + r.height <= v.y + v.height + 0.5;
      })
      .toBe(true);
    await blotter('fills').screenshot({ path: path.join(SHOTS, 'blotter-fills-100k.png') });
    expect(problems).toEqual([]);
  }, 300_000);
});
