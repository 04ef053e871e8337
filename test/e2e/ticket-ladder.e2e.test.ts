// End to end in Chromium: the order ticket and the price ladder in the real renderer (out/renderer, built by
// global-setup.ts), served by the web host in front of the real core, its OMS and risk engine, and the embedded
// exchange with a living market. The trader's path: a limit order from the ticket shows in the ladder's own-orders
// column at its price, a drag on the ladder amends it, a right click cancels it, the ladder's keys place and cancel,
// and an order above the demo's max order quantity comes back refused by risk with rule, limit and actual.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkstationCore } from '../../electron/host/workstation-core.js';
import { add, cmp, dec, fixed, mul, sub } from '../../shared/domain/decimal.js';
import type { OrderView } from '../../shared/domain/orders.js';
import { CommandChannel } from '../../shared/ipc/channels.js';
import { openWorkstation, SCREENSHOT_DIR, type WorkstationPage } from './support/workstation-page.js';

const SHOTS = SCREENSHOT_DIR;
const QTY = '0.01';
/** Generous: a loaded machine, not a performance expectation. */
const WAIT_MS = 30_000;

let ws: WorkstationPage;
let core: WorkstationCore;
let page: Page;
/** Script errors and CSP violations: the page must run clean under the strict policy. */
const problems = (): string[] =>
  ws.problems.filter((l) => !l.startsWith('warning:') || /Content Security Policy/i.test(l));

beforeAll(async () => {
  // A calm market (few book commands per second) so a resting order a few rows under the bid stays unfilled.
  ws = await openWorkstation({ core: { exchange: { seed: 11, rate: 5 } } });
  ({ core, page } = ws);
});

afterAll(async () => {
  await ws?.close();
});

async function orders(): Promise<readonly OrderView[]> {
  const snap = await core.execute(CommandChannel.ordersSnapshot, {});
  if (!snap.ok) throw new Error(snap.reason);
  return snap.value.orders;
}

function ticket(): ReturnType<Page['locator']> {
  return page.locator('.ticket');
}

function ownCell(price: string, side: 'buy' | 'sell'): string {
  return `.ladder .ld-row[data-price="${price}"] [data-col="own-${side}"]`;
}

/** Waits until the own-orders cell at `price` reads `qty` and is settled (not pending), or is empty for null. */
async function ownQtyBecomes(price: string, side: 'buy' | 'sell', qty: string | null): Promise<void> {
  await page.waitForFunction(
    ([sel, want]) => {
      const cell = document.querySelector(sel as string);
      if (cell === null) return false;
      const shown = (cell.textContent ?? '').trim();
      return want === null ? shown === '' : shown === want && !cell.classList.contains('pending');
    },
    [ownCell(price, side), qty] as const,
    { timeout: WAIT_MS },
  );
}

/** The ladder's row step and best bid row, read from the page: prices the test places at are rows of the ladder. */
async function ladderGeometry(): Promise<{ step: string; bestBidRow: string }> {
  await page.waitForSelector('.ladder .ld-cell.bid.best', { timeout: WAIT_MS });
  const ticks = await page.locator('.ladder').getByLabel('Row', { exact: true }).inputValue();
  const step = fixed(mul(dec('0.1'), dec(ticks)), 1);
  const bestBidRow = await page.locator('.ladder .ld-row:has(.ld-cell.bid.best)').first().getAttribute('data-price');
  if (bestBidRow === null) throw new Error('no best bid row');
  return { step, bestBidRow };
}

/** The price `n` ladder rows under `price`, as the ladder labels its rows (BTC/USD: one decimal). */
function rowsBelow(price: string, step: string, n: number): string {
  return fixed(sub(dec(price), mul(dec(step), dec(String(n)))), 1);
}

let orderPrice = '';
let amendedPrice = '';

describe('order ticket and price ladder in Chromium against the embedded exchange', () => {
  it('checks the ticket against the instrument before sending: an off-tick price stays in the ticket with its reason', async () => {
    await page.waitForSelector('.ticket .tk-phase[data-phase="active"]', { timeout: WAIT_MS });
    await page.waitForSelector('.ladder .ld-health.live', { timeout: WAIT_MS });
    expect(await ticket().getByLabel('Instrument', { exact: true }).inputValue()).toBe('BTC/USD');

    await ticket().getByRole('button', { name: 'Buy', exact: true }).click();
    await ticket().getByLabel('Quantity', { exact: true }).fill(QTY);
    const price = ticket().getByLabel('Limit price', { exact: true });
    await price.fill('50000.05');
    await price.press('Enter');
    // Nothing went out: no answer box, and the reason sits next to the field, which has the focus.
    expect(await page.locator('.ticket .tk-result').count()).toBe(0);
    expect(await page.locator('.ticket .tk-error').first().textContent()).toBe('Not a multiple of the tick size 0.1');
    expect(await price.evaluate((el) => el === document.activeElement && el.getAttribute('aria-invalid'))).toBe('true');
    // Arrow Up snaps onto the tick grid: the next tick above.
    await price.press('ArrowUp');
    expect(await price.inputValue()).toBe('50000.1');
    expect(await orders()).toEqual([]);
  });

  it('places a limit order from the ticket and shows it working in the ladder at its price', async () => {
    const { step, bestBidRow } = await ladderGeometry();
    orderPrice = rowsBelow(bestBidRow, step, 3);
    await ticket().getByLabel('Quantity', { exact: true }).fill(QTY);
    const price = ticket().getByLabel('Limit price', { exact: true });
    await price.fill(orderPrice);
    await expect(page.locator('[data-testid="ticket-notional"]').textContent()).resolves.toBe(
      `${fixed(mul(dec(orderPrice), dec(QTY)), 2)} USD`,
    );
    await price.press('Enter');

    await page.waitForSelector('.ticket .tk-result[data-result="accepted"]', { timeout: WAIT_MS });
    await page.waitForSelector('[data-testid="ticket-order-status"][data-status="new"]', { timeout: WAIT_MS });
    const clOrdId = (await page.locator('[data-testid="ticket-clordid"]').textContent()) ?? '';
    const placed = (await orders()).find((o) => o.clOrdId === clOrdId);
    expect(placed?.side).toBe('buy');
    expect(cmp(dec(placed?.price ?? '0'), dec(orderPrice))).toBe(0);

    await ownQtyBecomes(orderPrice, 'buy', QTY);
    await page.locator('.area:has(.ticket)').screenshot({ path: path.join(SHOTS, 'ticket-accepted.png') });
    await page.locator('.area:has(.ladder)').screenshot({ path: path.join(SHOTS, 'ladder-working.png') });
    expect(problems()).toEqual([]);
  });

  it('amends the order by dragging it to another level and shows it at the amended price', async () => {
    const { step } = await ladderGeometry();
    amendedPrice = rowsBelow(orderPrice, step, 2);
    const from = await page.locator(ownCell(orderPrice, 'buy')).boundingBox();
    const to = await page.locator(ownCell(amendedPrice, 'buy')).boundingBox();
    if (from === null || to === null) throw new Error('ladder rows not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
    await page.mouse.up();

    await ownQtyBecomes(amendedPrice, 'buy', QTY);
    await ownQtyBecomes(orderPrice, 'buy', null);
    const working = (await orders()).filter((o) => o.status !== 'canceled' && o.status !== 'filled');
    expect(working).toHaveLength(1);
    expect(cmp(dec(working[0]?.price ?? '0'), dec(amendedPrice))).toBe(0);
  });

  it('cancels the order with a right click on its level', async () => {
    await page.locator(ownCell(amendedPrice, 'buy')).click({ button: 'right' });
    await ownQtyBecomes(amendedPrice, 'buy', null);
    await expect.poll(async () => (await orders()).map((o) => o.status), { timeout: WAIT_MS }).toEqual(['canceled']);
    expect(problems()).toEqual([]);
  });

  it('places at the focused row with B and cancels it with Delete, from the keyboard', async () => {
    const { step, bestBidRow } = await ladderGeometry();
    const target = rowsBelow(bestBidRow, step, 4);
    const grid = page.getByRole('grid', { name: 'Price ladder BTC/USD' });
    await grid.focus();
    // Focus starts on the centre row; walk down to the target row.
    const focusedPrice = (): Promise<string | null> =>
      page.locator('.ladder .ld-row.focused').getAttribute('data-price');
    await page.keyboard.press('c');
    for (let i = 0; i < 200 && (await focusedPrice()) !== target; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedPrice()).toBe(target);
    expect(await grid.getAttribute('aria-activedescendant')).toBe(
      await page.locator('.ladder .ld-row.focused').getAttribute('id'),
    );

    await page.getByLabel('Ladder quantity 0.001 BTC', { exact: true }).click();
    await grid.focus();
    await page.keyboard.press('b');
    await ownQtyBecomes(target, 'buy', '0.001');
    await page.keyboard.press('Delete');
    await ownQtyBecomes(target, 'buy', null);
    await expect
      .poll(async () => (await orders()).filter((o) => o.status !== 'canceled').length, { timeout: WAIT_MS })
      .toBe(0);
  });

  it('shows a risk refusal with its rule, limit and what the order would have done', async () => {
    // The demo limits allow at most 5 BTC in one BTC/USD order (electron/risk/default-limits.ts).
    await ticket().getByLabel('Quantity', { exact: true }).fill('6');
    await ticket().getByLabel('Limit price', { exact: true }).fill(orderPrice);
    await ticket()
      .getByRole('button', { name: /^Buy: send buy order/ })
      .click();

    const box = page.locator('.ticket .tk-result[data-result="risk-refused"]');
    await box.waitFor({ timeout: WAIT_MS });
    expect(await box.getAttribute('data-rule')).toBe('max-order-qty');
    expect(await box.getAttribute('role')).toBe('alert');
    expect(await box.locator('.tk-result-title').textContent()).toMatch(/^Refused by risk · Max order quantity/);
    expect(await page.locator('[data-testid="refusal-limit"]').textContent()).toMatch(/\b5\b/);
    expect(await page.locator('[data-testid="refusal-actual"]').textContent()).toMatch(/\b6\b/);
    // Refused in main before anything reached the venue: no order exists for it.
    expect((await orders()).filter((o) => o.qty === '6')).toEqual([]);
    await page.locator('.area:has(.ticket)').screenshot({ path: path.join(SHOTS, 'ticket-risk-refusal.png') });
    // The answer is in view inside the ticket's area, not below its fold (a pixel for sub-pixel layout).
    const inView = await box.evaluate((el) => {
      const area = el.closest('.area-body')?.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return area !== undefined && r.top >= area.top - 1 && r.bottom <= area.bottom + 1;
    });
    expect(inView).toBe(true);
    expect(problems()).toEqual([]);
  });

  it('takes its keys from the workstation registry: side keys from anywhere, Escape only inside, chords by physical key', async () => {
    const side = (name: 'Buy' | 'Sell') => ticket().getByRole('button', { name, exact: true });
    const qty = ticket().getByLabel('Quantity', { exact: true });
    const grid = page.getByRole('grid', { name: 'Price ladder BTC/USD' });
    const qtyFocused = (): Promise<boolean> => qty.evaluate((el) => el === document.activeElement);
    // F2 from the ladder (another panel, not a text field): sell, and the quantity takes the focus.
    await grid.focus();
    await page.keyboard.press('F2');
    await expect.poll(() => side('Sell').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(qtyFocused).toBe(true);
    // F1 typed in the ticket's own quantity field is the ticket's too.
    await page.keyboard.press('F1');
    await expect.poll(() => side('Buy').getAttribute('aria-pressed')).toBe('true');
    // Escape outside the ticket leaves it alone; inside, it clears the form and the last answer.
    await qty.fill('0.002');
    await grid.focus();
    await page.keyboard.press('Escape');
    expect(await qty.inputValue()).toBe('0.002');
    await qty.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => qty.inputValue()).toBe('');
    expect(await page.locator('.ticket .tk-result').count()).toBe(0);

    // Rebound with Shift: the chord is the physical key ("Ctrl+Shift+2"), as the registry and the settings name it,
    // not the character Shift makes ("@").
    const view = await core.execute(CommandChannel.settings, {});
    if (!view.ok) throw new Error(view.reason);
    const ui = view.value.ui;
    const rebound = await core.execute(CommandChannel.saveUi, {
      ...ui,
      hotkeys: { ...ui.hotkeys, buy: 'Ctrl+Shift+1', sell: 'Ctrl+Shift+2' },
    });
    expect(rebound.ok ? 'saved' : rebound.reason).toBe('saved');
    await expect.poll(() => side('Buy').getAttribute('aria-keyshortcuts'), { timeout: WAIT_MS }).toBe('Ctrl+Shift+1');
    await grid.focus();
    await page.keyboard.press('Control+Shift+Digit2');
    await expect.poll(() => side('Sell').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(qtyFocused).toBe(true);
    await page.keyboard.press('Control+Shift+Digit1');
    await expect.poll(() => side('Buy').getAttribute('aria-pressed')).toBe('true');
    const restored = await core.execute(CommandChannel.saveUi, ui);
    expect(restored.ok ? 'saved' : restored.reason).toBe('saved');
    await expect.poll(() => side('Buy').getAttribute('aria-keyshortcuts'), { timeout: WAIT_MS }).toBe(ui.hotkeys.buy);
    expect(problems()).toEqual([]);
  });

  it('keeps text on solid buy and sell fills readable in the light theme, and ladder rows on theme colours', async () => {
    const { step, bestBidRow } = await ladderGeometry();
    const buyAt = rowsBelow(bestBidRow, step, 5);
    const sellAt = fixed(add(dec(bestBidRow), mul(dec(step), dec('8'))), 1);
    for (const [s, price] of [
      ['buy', buyAt],
      ['sell', sellAt],
    ] as const) {
      const placed = await core.execute(CommandChannel.newOrder, {
        sessionId: 'demo-trading',
        symbol: 'BTC/USD',
        side: s,
        type: 'limit',
        qty: QTY,
        price,
        tif: 'GTC',
      });
      expect(placed.ok ? 'sent' : placed.reason).toBe('sent');
    }
    await ownQtyBecomes(buyAt, 'buy', QTY);
    await ownQtyBecomes(sellAt, 'sell', QTY);
    /** WCAG contrast of an element's text on its own background, both painted over the panel colour. */
    const contrast = (selector: string): Promise<number> =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
          const paint = (...colours: string[]): number[] => {
            for (const c of colours) {
              ctx.fillStyle = c;
              ctx.fillRect(0, 0, 1, 1);
            }
            return [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3);
          };
          const lum = (rgb: number[]): number => {
            const [r, g, b] = rgb.map((v) => {
              const c = v / 255;
              return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          const panel = getComputedStyle(document.documentElement).getPropertyValue('--panel');
          const css = getComputedStyle(el);
          const bg = paint(panel, css.backgroundColor);
          const fg = paint(panel, css.backgroundColor, css.color);
          const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
          return (hi! + 0.05) / (lo! + 0.05);
        });
    const rowBorder = (): Promise<string> =>
      page
        .locator('.ladder .ld-row')
        .first()
        .evaluate((el) => getComputedStyle(el).borderBottomColor);
    const themeButton = page.getByRole('button', { name: /^Theme: / });
    const darkBorder = await rowBorder();
    await page.getByRole('button', { name: 'Theme: Dark' }).click();
    await page.waitForSelector('html[data-theme="light"]');
    await ticket().getByRole('button', { name: 'Buy', exact: true }).click();
    expect(await contrast('.ticket .tk-side.buy[aria-pressed="true"]')).toBeGreaterThanOrEqual(4.5);
    expect(await contrast('.ticket .tk-send.buy')).toBeGreaterThanOrEqual(4.5);
    expect(await contrast(`${ownCell(buyAt, 'buy')}.has`)).toBeGreaterThanOrEqual(4.5);
    expect(await contrast(`${ownCell(sellAt, 'sell')}.has`)).toBeGreaterThanOrEqual(4.5);
    await ticket().getByRole('button', { name: 'Sell', exact: true }).click();
    expect(await contrast('.ticket .tk-side.sell[aria-pressed="true"]')).toBeGreaterThanOrEqual(4.5);
    expect(await contrast('.ticket .tk-send.sell')).toBeGreaterThanOrEqual(4.5);
    // Row rules come from the theme's border colour: not the dark theme's line on paper.
    expect(await rowBorder()).not.toBe(darkBorder);
    await page.locator('.area:has(.ticket)').screenshot({ path: path.join(SHOTS, 'ticket-light.png') });
    await page.locator('.area:has(.ladder)').screenshot({ path: path.join(SHOTS, 'ladder-light.png') });
    await themeButton.click();
    await page.waitForSelector('html[data-theme="dark"]');
    expect(await contrast('.ticket .tk-send.sell')).toBeGreaterThanOrEqual(4.5);
    await ticket().getByRole('button', { name: 'Buy', exact: true }).click();
    expect(await contrast('.ticket .tk-send.buy')).toBeGreaterThanOrEqual(4.5);
    await core.execute(CommandChannel.cancelAll, {});
    await ownQtyBecomes(buyAt, 'buy', null);
    await ownQtyBecomes(sellAt, 'sell', null);
    expect(problems()).toEqual([]);
  });

  it('shows a stale book clearly and sends nothing from a click while it is stale', async () => {
    await page.waitForSelector('.ladder .ld-health.live', { timeout: WAIT_MS });
    const { step, bestBidRow } = await ladderGeometry();
    const down = await core.execute(CommandChannel.disconnect, { sessionId: 'demo-md' });
    expect(down.ok).toBe(true);
    await page.waitForSelector('.ladder .ld-health.stale', { timeout: WAIT_MS });
    expect(await page.locator('.ladder .ld-stale').textContent()).toBe(
      'Book stale: click trading is off until it is live again',
    );
    await page.locator('.area:has(.ladder)').screenshot({ path: path.join(SHOTS, 'ladder-stale.png') });
    const before = (await orders()).length;
    await page.locator(`.ladder .ld-row[data-price="${rowsBelow(bestBidRow, step, 2)}"] [data-col="bid"]`).click();
    const grid = page.getByRole('grid', { name: 'Price ladder BTC/USD' });
    await grid.focus();
    await page.keyboard.press('b');
    expect(await page.locator('.ladder .ld-status').textContent()).toBe('Book stale or resyncing: nothing sent');
    // Cancel all goes over the same socket after anything the click or the key might have sent, and main answers in
    // order: "no working orders" proves neither placed one.
    await page.locator('.ladder').getByRole('button', { name: 'Cancel all', exact: true }).click();
    await page.waitForSelector('.ladder .ld-status:text-is("Cancel all BTC/USD: no working orders")', {
      timeout: WAIT_MS,
    });
    expect((await orders()).length).toBe(before);

    const up = await core.execute(CommandChannel.connect, { sessionId: 'demo-md' });
    expect(up.ok).toBe(true);
    await page.waitForSelector('.ladder .ld-health.live', { timeout: WAIT_MS });
    expect(await page.locator('.ladder .ld-stale').count()).toBe(0);
    expect(problems()).toEqual([]);
  });
});
