// End to end in Chromium against the real core and its embedded exchange: the FIX message inspector (names, masked
// secrets, type filter, detail with enum labels, diff of two ExecutionReports, keyboard), the risk panel (a lowered
// limit refuses an order by its rule; the kill switch behind its typed confirmation, refusing orders until re-armed)
// and the audit trail showing those actions and exporting them as CSV. Orders go in through the core, as any window's
// would: the refusals asserted are main's, where risk lives.
import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, fixed, mul } from '../../shared/domain/decimal.js';
import type { NewOrderRequest } from '../../shared/domain/orders.js';
import { CommandChannel } from '../../shared/ipc/channels.js';
import type { CommandResult } from '../../shared/ipc/commands.js';
import type { WorkstationCore } from '../../electron/host/workstation-core.js';
import { openWorkstation, WAIT_MS, type WorkstationPage } from './support/workstation-page.js';
import { backgroundAndToken } from './support/theme-probe.js';

const SESSION = 'demo-trading';
const SYMBOL = 'BTC/USD';

let ws: WorkstationPage;
let page: Page;
let core: WorkstationCore;

beforeAll(async () => {
  ws = await openWorkstation();
  ({ page, core } = ws);
});

afterAll(async () => {
  await ws?.close();
});

// The workspace area around a panel carries the tab's name too, so panels are found by their own element.
const inspector = (): Locator => page.locator('section.fix-inspector');
const risk = (): Locator => page.locator('section.risk-panel');
const audit = (): Locator => page.locator('section.audit-trail');
const messageRows = (): Locator => inspector().locator('.fix-message-grid .ag-row');
const detail = (): Locator => inspector().locator('.fix-detail').first();
const field = (tag: number): Locator => detail().locator(`tbody tr[data-tag="${tag}"]`).first();
const cells = (row: Locator): Locator => row.locator('td');

async function showTab(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

async function lastPrice(): Promise<string> {
  await expect
    .poll(
      async () => {
        const h = await core.execute(CommandChannel.marketHistory, { symbol: SYMBOL });
        return h.ok ? h.value.trades.length : 0;
      },
      { timeout: WAIT_MS },
    )
    .toBeGreaterThan(0);
  const history = await core.execute(CommandChannel.marketHistory, { symbol: SYMBOL });
  if (!history.ok) throw new Error(history.reason);
  return history.value.trades[history.value.trades.length - 1]!.price;
}

function order(o: Partial<NewOrderRequest>): Promise<CommandResult<typeof CommandChannel.newOrder>> {
  return core.execute(CommandChannel.newOrder, {
    sessionId: SESSION,
    symbol: SYMBOL,
    side: 'buy',
    type: 'limit',
    qty: '0.001',
    tif: 'GTC',
    ...o,
  });
}

/** A buy limit a few percent under the market on BTC/USD's 0.1 tick: rests, never fills. Each call site uses its
 * own discount, so two orders in a row are not refused as a double click (the duplicate guard). */
async function restingBuy(factor: string): Promise<{ orderKey: string; clOrdId: string }> {
  const placed = await order({ price: fixed(mul(dec(await lastPrice()), dec(factor)), 1) });
  if (!placed.ok) throw new Error(`order refused: ${placed.reason}`);
  return placed.value;
}

describe('FIX inspector, risk panel and audit trail in Chromium', () => {
  it('shows the trading Logon by name with 553 in clear and 554 and 5025 masked', async () => {
    await showTab('FIX messages');
    await messageRows().first().waitFor({ timeout: WAIT_MS });
    // Market data flows, so the unfiltered list holds more than Logons.
    await expect
      .poll(() => inspector().locator('.ag-cell[col-id="type"]:has-text("MarketData")').count())
      .toBeGreaterThan(0);

    await inspector().getByLabel('Type', { exact: true }).selectOption('A');
    await inspector().getByLabel('Session', { exact: true }).selectOption(SESSION);
    await inspector().getByLabel('Direction', { exact: true }).selectOption('out');
    const logon = messageRows().first();
    await expect.poll(() => messageRows().count()).toBe(1);
    expect(await logon.locator('.ag-cell[col-id="type"]').textContent()).toBe('A  Logon');
    expect(await logon.locator('.ag-cell[col-id="direction"]').textContent()).toBe('→ out');
    await logon.locator('.ag-cell[col-id="summary"]').click();

    await detail().waitFor();
    expect(await detail().locator('.fix-detail-heading').textContent()).toContain('Logon (A)');
    expect(await cells(field(35)).allTextContents()).toEqual(['35', 'MsgType', 'A', 'LOGON']);
    const [, userName, userValue] = await cells(field(553)).allTextContents();
    expect(userName).toBe('Username');
    expect(userValue).not.toBe('***');
    expect(userValue?.length).toBeGreaterThan(0);
    expect((await cells(field(554)).allTextContents()).slice(1, 3)).toEqual(['Password', '***']);
    expect((await cells(field(5025)).allTextContents()).slice(1, 3)).toEqual(['Nonce', '***']);
    const raw = (await detail().locator('pre.fix-raw').textContent()) ?? '';
    expect(raw).toContain('|554=***|');
    expect(raw).toContain('|5025=***|');
    expect(raw).toContain(`|553=${userValue}|`);
    await ws.screenshot('inspector-logon');
  });

  it('narrows to ExecutionReports, labels their enums and diffs two of them field by field', async () => {
    const { orderKey, clOrdId } = await restingBuy('0.98');
    const cancelled = await core.execute(CommandChannel.cancelOrder, { orderKey });
    expect(cancelled.ok).toBe(true);

    await inspector().getByLabel('Direction', { exact: true }).selectOption('');
    await inspector().getByLabel('Type', { exact: true }).selectOption('8');
    // The order's ClOrdID: 11 on its own reports, 41 (OrigClOrdID) on the cancel's.
    await inspector().getByLabel('Find', { exact: true }).fill(`=${clOrdId}|`);
    const newRow = messageRows().filter({ hasText: 'NEW/NEW' });
    const cancelRow = messageRows().filter({ hasText: 'CANCELED/CANCELED' });
    await cancelRow.first().waitFor({ timeout: WAIT_MS });
    await newRow.first().waitFor({ timeout: WAIT_MS });
    const types = await inspector().locator('.fix-message-grid .ag-cell[col-id="type"]').allTextContents();
    expect(types.length).toBeGreaterThanOrEqual(2);
    expect(new Set(types)).toEqual(new Set(['8  ExecutionReport']));

    await newRow.first().locator('.ag-cell[col-id="summary"]').click();
    await expect.poll(() => cells(field(39)).allTextContents()).toEqual(['39', 'OrdStatus', '0', 'NEW']);
    expect(await cells(field(150)).allTextContents()).toEqual(['150', 'ExecType', '0', 'NEW']);
    expect(await cells(field(54)).allTextContents()).toEqual(['54', 'Side', '1', 'BUY']);

    await cancelRow
      .first()
      .locator('.ag-cell[col-id="summary"]')
      .click({ modifiers: ['Control'] });
    const diff = inspector().locator('.fix-diff');
    await diff.waitFor();
    const changed = diff.locator('tbody tr[data-change="changed"]');
    const changedTags = await changed.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-tag')));
    expect(changedTags).toEqual(expect.arrayContaining(['39', '150']));
    expect(await cells(diff.locator('tbody tr[data-tag="39"]')).allTextContents()).toEqual([
      '39',
      'OrdStatus',
      '0 NEW',
      '4 CANCELED',
      'changed',
    ]);
    // Fields both reports share unchanged (symbol, side) stay out of the differences-only view.
    expect(await diff.locator('tbody tr[data-tag="55"]').count()).toBe(0);
    await ws.screenshot('inspector-diff');
    // The divider between list and detail resizes from the keyboard too.
    const splitter = inspector().getByRole('separator', { name: 'Detail pane width' });
    const before = Number(await splitter.getAttribute('aria-valuenow'));
    await splitter.focus();
    await page.keyboard.press('ArrowLeft');
    expect(Number(await splitter.getAttribute('aria-valuenow'))).toBeGreaterThan(before);

    // Keyboard, on a paused (frozen) list: Esc closes, Enter opens the focused message, ↓ moves the open detail on.
    await page.keyboard.press('Escape');
    await expect.poll(() => inspector().locator('.fix-detail').count()).toBe(0);
    await inspector().getByLabel('Find', { exact: true }).fill('');
    await inspector().getByLabel('Type', { exact: true }).selectOption('');
    await inspector().getByRole('button', { name: 'Pause', exact: true }).click();
    await messageRows().first().locator('.ag-cell[col-id="time"]').click();
    const first = await detail().getAttribute('data-message-id');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => detail().getAttribute('data-message-id')).not.toBe(first);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => detail().getAttribute('data-message-id')).toBe(first);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await inspector()
      .getByRole('button', { name: /^Resume/ })
      .click();
  });

  it('pauses the list while messages keep arriving and counts them', async () => {
    await inspector().getByLabel('Type', { exact: true }).selectOption('');
    await inspector().getByLabel('Session', { exact: true }).selectOption('');
    const pause = inspector().getByRole('button', { name: 'Pause', exact: true });
    await pause.click();
    const resume = inspector().getByRole('button', { name: /^Resume \(\d[\d,]* new\)$/ });
    await expect
      .poll(async () => Number(((await resume.textContent()) ?? '').replace(/\D/g, '')), { timeout: WAIT_MS })
      .toBeGreaterThan(0);
    expect(await resume.getAttribute('aria-pressed')).toBe('true');
    await resume.click();
    expect(await pause.getAttribute('aria-pressed')).toBe('false');
    // Its buttons take the theme's control colour, on paper as well as in the dark.
    const dark = await backgroundAndToken(page, '.fix-inspector .ws-button[aria-pressed="false"]', '--control');
    expect(dark.background).toBe(dark.token);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    const light = await backgroundAndToken(page, '.fix-inspector .ws-button[aria-pressed="false"]', '--control');
    expect(light.background).toBe(light.token);
    expect(light.background).not.toBe(dark.background);
    await ws.screenshot('inspector-light');
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  });

  it('saves a lower max order qty and main refuses a larger order by that rule', async () => {
    await showTab('Risk');
    const qty = risk().getByRole('textbox', { name: `${SYMBOL} Max order qty`, exact: true });
    const save = risk().getByRole('button', { name: 'Save limits' });
    await qty.fill('-1');
    expect(await qty.getAttribute('aria-invalid')).toBe('true');
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    expect(await risk().locator('.risk-errors').textContent()).toContain(
      `${SYMBOL} Max order qty: must not be negative`,
    );

    await qty.fill('0.001');
    await save.click();
    await risk().getByText('Limits saved and in force').waitFor({ timeout: WAIT_MS });
    const state = await core.execute(CommandChannel.riskState, {});
    expect(state.ok && state.value.limits.instruments[SYMBOL]?.maxOrderQty).toBe('0.001');

    const refused = await order({ qty: '0.002', price: fixed(mul(dec(await lastPrice()), dec('0.92')), 1) });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.kind === 'rejected' && refused.refusal?.rule).toBe('max-order-qty');
    await ws.screenshot('risk-limits');
  });

  it('lists open orders per session and symbol and cancels them all for one session', async () => {
    await restingBuy('0.97');
    await restingBuy('0.96');
    const session = risk().locator(`.risk-open tbody[data-session-id="${SESSION}"]`);
    await expect
      .poll(() => session.locator('.risk-session-row').textContent(), { timeout: WAIT_MS })
      .toContain('2 open');
    const symbolRow = session.locator('tr').filter({ has: page.getByRole('rowheader', { name: SYMBOL, exact: true }) });
    // Buy (orders · open qty), sell, notional (2 × 0.001 × price, in USD).
    const [buy, sell, notional] = await symbolRow.locator('td').allTextContents();
    expect([buy, sell]).toEqual(['2 · 0.002', '']);
    expect(notional).toMatch(/^\d{1,3}(,\d{3})*\.\d{2,} USD$/);
    await risk().locator('.risk-open').scrollIntoViewIfNeeded();
    await ws.screenshot('risk-open-orders');

    await risk()
      .getByRole('button', { name: `Cancel all open orders on ${SESSION}` })
      .click();
    await risk().getByText(`Cancel all ${SESSION}: 2 cancels sent`).waitFor({ timeout: WAIT_MS });
    await session.waitFor({ state: 'detached', timeout: WAIT_MS });
    expect(await risk().locator('#risk-open-title .risk-count').textContent()).toBe('0');
  });

  it('engages the kill switch only after KILL is typed, refuses orders while engaged, and re-arms', async () => {
    await restingBuy('0.95');
    const openCount = risk().locator('#risk-open-title .risk-count');
    await expect.poll(() => openCount.textContent(), { timeout: WAIT_MS }).not.toBe('0');

    await risk()
      .getByRole('button', { name: /KILL SWITCH/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Engage the kill switch?' });
    await dialog.waitFor();
    const engage = dialog.getByRole('button', { name: 'Engage kill switch' });
    const typed = dialog.getByLabel('Type KILL to confirm');
    expect(await engage.getAttribute('aria-disabled')).toBe('true');
    // Anything but the exact word leaves the switch alone, even submitted with Enter.
    await typed.fill('kill');
    await typed.press('Enter');
    expect(await engage.getAttribute('aria-disabled')).toBe('true');
    expect(await dialog.isVisible()).toBe(true);
    expect(await risk().getByTestId('kill-switch-state').textContent()).toBe('Armed — orders allowed');
    await typed.fill('KILL');
    expect(await engage.getAttribute('aria-disabled')).toBe('false');
    await engage.click();

    const banner = page.getByTestId('kill-switch-banner');
    await banner.waitFor({ timeout: WAIT_MS });
    expect(await banner.textContent()).toContain('KILL SWITCH ENGAGED');
    await dialog.waitFor({ state: 'hidden' });
    // The control that undoes it takes the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Re-arm…');
    expect(await risk().getByTestId('kill-switch-state').textContent()).toBe(
      'ENGAGED — new orders and amends are refused',
    );
    await expect
      .poll(() => risk().locator('.risk-cancels tbody tr').filter({ hasText: SESSION }).textContent(), {
        timeout: WAIT_MS,
      })
      .toMatch(/mass cancel/);
    await expect.poll(() => openCount.textContent(), { timeout: WAIT_MS }).toBe('0');
    const blocked = await order({ price: fixed(mul(dec(await lastPrice()), dec('0.93')), 1) });
    expect(!blocked.ok && blocked.kind === 'rejected' && blocked.refusal?.rule).toBe('kill-switch');
    await risk().locator('.risk-kill').scrollIntoViewIfNeeded();
    await ws.screenshot('risk-kill-engaged');

    await risk().getByRole('button', { name: 'Re-arm…' }).click();
    const rearm = page.getByRole('dialog', { name: 'Re-arm the kill switch?' });
    await rearm.getByRole('button', { name: 'Re-arm: allow new orders' }).click();
    await banner.waitFor({ state: 'detached', timeout: WAIT_MS });
    expect(await risk().getByTestId('kill-switch-state').textContent()).toBe('Armed — orders allowed');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('risk-kill-button');
    await restingBuy('0.94');
  });

  it('lists those actions in the audit trail and exports them as a CSV file', async () => {
    await showTab('Audit');
    const actions = audit().locator('.audit-grid .ag-cell[col-id="action"]');
    await expect
      .poll(() => actions.allTextContents(), { timeout: WAIT_MS })
      .toEqual(expect.arrayContaining(['Kill switch engaged', 'Kill switch re-armed', 'Limits changed', 'New order']));

    await audit().getByLabel('Outcome', { exact: true }).selectOption('rejected');
    const outcomes = audit().locator('.audit-grid .ag-cell[col-id="outcome"]');
    await expect.poll(() => outcomes.allTextContents()).not.toEqual([]);
    expect(new Set(await outcomes.allTextContents())).toEqual(new Set(['Rejected']));
    const reasons = await audit().locator('.audit-grid .ag-cell[col-id="reason"]').allTextContents();
    expect(reasons.some((r) => /kill switch/i.test(r))).toBe(true);
    expect(reasons.some((r) => r.includes('0.001'))).toBe(true);
    await ws.screenshot('audit-rejected');
    await audit().getByLabel('Outcome', { exact: true }).selectOption('');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: WAIT_MS }),
      audit().getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-\d{8}-\d{4}\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    for (const action of ['kill-switch.engage', 'kill-switch.rearm', 'limits.change', 'order.new']) {
      expect(csv).toContain(action);
    }
    await audit().getByText(`Saved ${download.suggestedFilename()}`).waitFor();
    await ws.screenshot('audit');
    expect(ws.problems).toEqual([]);
  });
});
