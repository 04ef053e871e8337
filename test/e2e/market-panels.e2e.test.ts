// End to end in Chromium: the market panels (price chart, depth chart, top of book, time and sales) in the real
// renderer (out/renderer, built by global-setup.ts), served by the web host in front of the real core and its
// embedded exchange with a living synthetic market. Canvas charts are checked two ways: what the chart view says it
// plotted (data-* on the chart host) and pixels in the theme's buy and sell colours on its canvases.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkstationCore } from '../../electron/host/workstation-core.js';
import { add, cmp, dec, div, fixed, mul, round, sub } from '../../shared/domain/decimal.js';
import { CommandChannel } from '../../shared/ipc/channels.js';
import { openWorkstation, SCREENSHOT_DIR, type WorkstationPage } from './support/workstation-page.js';

const SHOTS = SCREENSHOT_DIR;
const TRADING_SESSION = 'demo-trading';
/** Generous: a loaded machine, not a performance expectation. */
const WAIT_MS = 30_000;

let ws: WorkstationPage;
let core: WorkstationCore;
let page: Page;
/** Script errors and CSP violations: the page must run clean. Other panels' library deprecation warnings are
 * theirs to fix and are not counted against these panels. */
const problems = (): string[] =>
  ws.problems.filter((l) => !l.startsWith('warning:') || /Content Security Policy|Canvas2D|lightweight/i.test(l));

beforeAll(async () => {
  // The Electron window's default size (electron/main.ts): the panels must fit it as the trader first sees them.
  ws = await openWorkstation({ viewport: { width: 1360, height: 820 }, core: { exchange: { seed: 7, rate: 80 } } });
  ({ core, page } = ws);
});

afterAll(async () => {
  await ws?.close();
});

async function attr(selector: string, name: string): Promise<string | null> {
  return page.locator(selector).first().getAttribute(name);
}

async function text(selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').trim();
}

/** Waits until the numeric attribute exceeds `than`. */
async function attrAbove(selector: string, name: string, than: number): Promise<number> {
  await page.waitForFunction(
    ([sel, n, min]) =>
      Number(document.querySelector(sel as string)?.getAttribute(n as string) ?? 'NaN') > (min as number),
    [selector, name, than],
    { timeout: WAIT_MS },
  );
  return Number(await attr(selector, name));
}

/** Pixels on the canvases under `selector` within a small distance of the theme colour `--<token>`. */
async function pixelsOf(selector: string, token: 'buy' | 'sell'): Promise<number> {
  return page.evaluate(
    ([sel, t]) => {
      const hex = getComputedStyle(document.documentElement).getPropertyValue(`--${t}`).trim();
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let count = 0;
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>(`${sel} canvas`)) {
        if (canvas.width === 0 || canvas.height === 0) continue;
        // Read a copy: reading the chart's own canvases back would slow them down (and Chromium warns about it).
        const copy = document.createElement('canvas');
        copy.width = canvas.width;
        copy.height = canvas.height;
        const ctx = copy.getContext('2d', { willReadFrequently: true });
        if (ctx === null) continue;
        ctx.drawImage(canvas, 0, 0);
        const px = ctx.getImageData(0, 0, copy.width, copy.height).data;
        for (let i = 0; i < px.length; i += 4) {
          const d =
            Math.abs((px[i] ?? 0) - (want[0] ?? 0)) +
            Math.abs((px[i + 1] ?? 0) - (want[1] ?? 0)) +
            Math.abs((px[i + 2] ?? 0) - (want[2] ?? 0));
          if (d < 30) count++;
        }
      }
      return count;
    },
    [selector, token] as const,
  );
}

describe('market panels in Chromium against the embedded exchange', () => {
  it('picks the first instrument and shows a live top of book with a positive spread that updates', async () => {
    await page.waitForSelector('.top-of-book .health-badge.live', { timeout: WAIT_MS });
    const symbol = await attr('.price-chart', 'data-symbol');
    expect(symbol).toBe('BTC/USD');
    expect(await attr('.top-of-book', 'data-symbol')).toBe(symbol);

    await page.waitForFunction(
      () => /^\d/.test(document.querySelector('[data-testid=spread]')?.textContent ?? ''),
      null,
      {
        timeout: WAIT_MS,
      },
    );
    // One read of the whole quote (the book moves between separate reads).
    const q = await page.evaluate(() => {
      const t = (sel: string): string => (document.querySelector(sel)?.textContent ?? '').trim();
      return {
        bid: t('[data-testid=best-bid] .quote-price'),
        ask: t('[data-testid=best-ask] .quote-price'),
        spread: t('[data-testid=spread]'),
        bps: t('[data-testid=spread-bps]'),
        mid: t('[data-testid=mid]'),
      };
    });
    // BTC/USD has one price decimal: every price is shown with exactly one.
    expect(q.bid).toMatch(/^\d+\.\d$/);
    expect(q.ask).toMatch(/^\d+\.\d$/);
    expect(cmp(dec(q.bid), dec(q.ask))).toBe(-1);
    expect(q.spread).toBe(fixed(sub(dec(q.ask), dec(q.bid)), 1));
    expect(q.bps).toMatch(/^\d+\.\d\d bps$/);
    // The mid at the tick's precision, or with the one more digit a half tick needs.
    const mid = div(add(dec(q.bid), dec(q.ask)), dec('2'), 2);
    expect(q.mid).toBe(fixed(mid, cmp(round(mid, 1), mid) === 0 ? 1 : 2));

    const first = Number(await attr('.top-of-book .book-health', 'data-updated-at'));
    expect(first).toBeGreaterThan(0);
    await attrAbove('.top-of-book .book-health', 'data-updated-at', first);
    // Ten rows a side, best first: bids descending, asks ascending.
    const bids = await page.locator('.book-price.bid').allTextContents();
    const asks = await page.locator('.book-price.ask').allTextContents();
    expect(bids.length).toBeGreaterThan(1);
    expect(asks.length).toBeGreaterThan(1);
    for (let i = 1; i < bids.length; i++) expect(cmp(dec(bids[i - 1] ?? ''), dec(bids[i] ?? ''))).toBe(1);
    for (let i = 1; i < asks.length; i++) expect(cmp(dec(asks[i - 1] ?? ''), dec(asks[i] ?? ''))).toBe(-1);

    await page.locator('.top-of-book').screenshot({ path: path.join(SHOTS, 'top-of-book.png') });
    expect(problems()).toEqual([]);
  });

  it('prefills the ticket from the book: a bid click sells at that price, an ask click buys, and so does the keyboard', async () => {
    // The book moves under the pointer: record which level the click (or Enter) really landed on, in the same task
    // as the click, and compare the prefill with that.
    await page.evaluate(() => {
      const w = window as unknown as { lastPick: { side: string; row: string; price: string } | null };
      w.lastPick = null;
      window.addEventListener(
        'click',
        (e) => {
          const b = (e.target as HTMLElement).closest<HTMLElement>('.book-price');
          if (b !== null)
            w.lastPick = { side: b.dataset['side'] ?? '', row: b.dataset['row'] ?? '', price: b.textContent ?? '' };
        },
        { capture: true },
      );
    });
    const lastPick = (): Promise<{ side: string; row: string; price: string } | null> =>
      page.evaluate(
        () => (window as unknown as { lastPick: { side: string; row: string; price: string } | null }).lastPick,
      );

    const bidButton = page.locator('.book-price.bid[data-row="1"]');
    expect(await bidButton.getAttribute('title')).toContain('hits the bid');
    await bidButton.click();
    const bid = await lastPick();
    expect(bid?.side).toBe('bid');
    expect(bid?.price).toMatch(/^\d+\.\d$/);
    expect(await text('[data-testid=prefill-status]')).toBe(`Ticket: Sell @ ${bid?.price}`);

    const askButton = page.locator('.book-price.ask[data-row="0"]');
    expect(await askButton.getAttribute('title')).toContain('lifts the ask');
    await askButton.click();
    const ask = await lastPick();
    expect(ask?.side).toBe('ask');
    expect(await text('[data-testid=prefill-status]')).toBe(`Ticket: Buy @ ${ask?.price}`);

    // One tab stop for the book: focus the best bid, move right to the asks and down a level, Enter.
    await page.locator('.book-price.bid[data-row="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const keyed = await lastPick();
    expect(keyed?.side).toBe('ask');
    expect(keyed?.row).toBe('1');
    expect(await text('[data-testid=prefill-status]')).toBe(`Ticket: Buy @ ${keyed?.price}`);
    expect(await page.locator('.top-of-book .book-price[tabindex="0"]').count()).toBe(1);
    expect(problems()).toEqual([]);
  });

  it('grows the time and sales newest first, coloured by aggressor', async () => {
    const before = await page.locator('.tape-row').count();
    const count = Number((await text('[data-testid=tape-count]')).split(' ')[0]);
    await page.waitForFunction(
      (n) => Number((document.querySelector('[data-testid=tape-count]')?.textContent ?? '').split(' ')[0]) > n,
      // Past the count seen, and enough prints for a screenshot worth looking at.
      Math.max(count, 12),
      { timeout: WAIT_MS },
    );
    expect(await page.locator('.tape-row').count()).toBeGreaterThanOrEqual(Math.min(before, 1));
    const times = await page.locator('.tape-row td.time').allTextContents();
    expect(times[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3}$/);
    // Newest first (the clock may not tick between two prints of one frame).
    for (let i = 1; i < Math.min(times.length, 10); i++) expect((times[i - 1] ?? '') >= (times[i] ?? '')).toBe(true);
    // The simulator reports the aggressor on every print: each row's price carries its side's colour.
    const rows = await page.locator('.tape-row').evaluateAll((trs) =>
      trs.map((tr) => ({
        side: (tr as HTMLElement).dataset['side'],
        color: getComputedStyle(tr.querySelector('td.price') as Element).color,
      })),
    );
    const colours = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const read = (v: string): string => ((probe.style.color = `var(${v})`), getComputedStyle(probe).color);
      const out = { buy: read('--buy'), sell: read('--sell') };
      probe.remove();
      return out;
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.color).toBe(r.side === 'buy' ? colours.buy : colours.sell);
    await page.locator('.time-and-sales').screenshot({ path: path.join(SHOTS, 'time-and-sales.png') });
    expect(problems()).toEqual([]);
  });

  it('draws candles and volume, moves the last bar as trades arrive and aggregates timeframes', async () => {
    const host = '[data-testid=price-chart]';
    const bars = await attrAbove(host, 'data-bars', 0);
    const writes = Number(await attr(host, 'data-updates'));
    await attrAbove(host, 'data-updates', writes);
    // A fresh market may have one candle only: its body is drawn in the colour of its direction.
    const up = ((await attr('[data-testid=ohlc-legend]', 'class')) ?? '').includes(' up');
    expect(await pixelsOf(host, up ? 'buy' : 'sell')).toBeGreaterThan(20);
    expect(await text('[data-testid=ohlc-legend]')).toMatch(/^BTC\/USD · 1m.*O \d+\.\dH \d+\.\dL \d+\.\dC \d+\.\d/);

    await page.getByRole('button', { name: '5m', exact: true }).click();
    expect(await page.getByRole('button', { name: '5m', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await text('[data-testid=ohlc-legend]')).toContain('· 5m');
    expect(Number(await attr(host, 'data-bars'))).toBeLessThanOrEqual(bars);
    // Keyboard: the timeframe keys work with focus on the chart.
    await page.locator(host).focus();
    await page.keyboard.press('1');
    expect(await page.getByRole('button', { name: '1m', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await attr('[data-testid=ohlc-legend]', 'data-hovering')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await attr('[data-testid=ohlc-legend]', 'data-hovering')).toBe('false');
    expect(problems()).toEqual([]);
  });

  it('shows the trader’s working orders on the chart as price lines', async () => {
    await vi.waitFor(
      async () => {
        const sessions = await core.execute(CommandChannel.listSessions, {});
        expect(sessions.ok && sessions.value.find((s) => s.id === TRADING_SESSION)?.phase).toBe('active');
      },
      { timeout: WAIT_MS, interval: 200 },
    );
    const bid = dec(await text('[data-testid=best-bid] .quote-price'));
    const ask = dec(await text('[data-testid=best-ask] .quote-price'));
    const order = { sessionId: TRADING_SESSION, symbol: 'BTC/USD', type: 'limit', qty: '0.002', tif: 'GTC' } as const;
    const buyPrice = fixed(mul(bid, dec('0.995')), 1);
    const sellPrice = fixed(mul(ask, dec('1.005')), 1);
    // Two buys at one price make one level (total quantity, order count); a different quantity is no duplicate.
    for (const [side, price, qty] of [
      ['buy', buyPrice, '0.002'],
      ['buy', buyPrice, '0.003'],
      ['sell', sellPrice, '0.002'],
    ] as const) {
      const placed = await core.execute(CommandChannel.newOrder, { ...order, side, price, qty });
      expect(placed.ok ? 'sent' : placed.reason).toBe('sent');
    }
    const host = '[data-testid=price-chart]';
    await page.waitForSelector(`${host}[data-orders="3"]`, { timeout: WAIT_MS });
    expect(await attr(host, 'data-order-lines')).toBe('2');
    expect(await attr(host, 'data-order-labels')).toBe('2');
    // The canvas labels in words for screen readers, through the figure's description.
    expect(await attr(host, 'aria-describedby')).toContain('chart-orders');
    const described = await text('[data-testid=chart-orders]');
    expect(described).toContain('3 working orders at 2 price levels');
    expect(described).toContain(`buy 0.005 in 2 orders at ${buyPrice}`);
    expect(described).toContain(`sell 0.002 at ${sellPrice}`);
    await page.locator('.price-chart').screenshot({ path: path.join(SHOTS, 'price-chart.png') });

    await core.execute(CommandChannel.cancelAll, {});
    await page.waitForSelector('[data-testid=price-chart][data-order-lines="0"]', { timeout: WAIT_MS });
    expect(problems()).toEqual([]);
  });

  it('labels only the five order levels nearest the market on a side and draws the rest unlabelled', async () => {
    const bid = dec(await text('[data-testid=best-bid] .quote-price'));
    const prices: string[] = [];
    for (let i = 0; i < 8; i++) {
      const price = fixed(mul(bid, sub(dec('0.99'), mul(dec('0.001'), dec(String(i))))), 1);
      prices.push(price);
      const placed = await core.execute(CommandChannel.newOrder, {
        sessionId: TRADING_SESSION,
        symbol: 'BTC/USD',
        type: 'limit',
        side: 'buy',
        qty: '0.002',
        tif: 'GTC',
        price,
      });
      expect(placed.ok ? 'sent' : placed.reason).toBe('sent');
    }
    const host = '[data-testid=price-chart]';
    await page.waitForSelector(`${host}[data-orders="8"]`, { timeout: WAIT_MS });
    expect(await attr(host, 'data-order-lines')).toBe('8');
    expect(await attr(host, 'data-order-labels')).toBe('5');
    const described = await text('[data-testid=chart-orders]');
    expect(described).toContain('8 working orders at 8 price levels');
    // All under the market: the five highest are the nearest and carry the labels, the three lowest do not.
    for (const p of prices.slice(0, 5)) expect(described).toContain(`buy 0.002 at ${p}`);
    for (const p of prices.slice(5)) expect(described).not.toContain(p);
    await page.locator('.price-chart').screenshot({ path: path.join(SHOTS, 'price-chart-levels.png') });
    await core.execute(CommandChannel.cancelAll, {});
    await page.waitForSelector(`${host}[data-orders="0"]`, { timeout: WAIT_MS });
    expect(await text('[data-testid=chart-orders]')).toBe('No working orders on this instrument.');
    expect(problems()).toEqual([]);
  });

  it('draws cumulative bids and asks around the mid in the depth chart and redraws per frame', async () => {
    await page.getByRole('tab', { name: 'Depth' }).click();
    const host = '[data-testid=depth-chart]';
    const frames = await attrAbove(host, 'data-frames', 0);
    await attrAbove(host, 'data-frames', frames);
    expect(Number(await attr(host, 'data-bid-points'))).toBeGreaterThan(10);
    expect(Number(await attr(host, 'data-ask-points'))).toBeGreaterThan(10);
    expect(await pixelsOf(host, 'buy')).toBeGreaterThan(50);
    expect(await pixelsOf(host, 'sell')).toBeGreaterThan(50);
    expect(await text('[data-testid=depth-mid]')).toMatch(/^\d+\.\d\d?$/);
    expect(await text('[data-testid=depth-bid-total]')).toMatch(/^\d+\.\d{8}$/);
    expect(await text('[data-testid=depth-ask-total]')).toMatch(/^\d+\.\d{8}$/);

    const box = await page.locator(host).boundingBox();
    if (box === null) throw new Error('depth chart has no box');
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.6);
    expect(await text('[data-testid=depth-hover]')).toMatch(/^Price \d+\.\d/);
    await page.locator('.depth-chart').screenshot({ path: path.join(SHOTS, 'depth-chart.png') });
    expect(problems()).toEqual([]);
  });
});
