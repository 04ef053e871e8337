// End to end in Chromium: the workstation shell and the settings panel in the real renderer (out/renderer, built by
// global-setup.ts) in front of the real core and its embedded exchange. Header states, the theme and a splitter
// kept across reloads through main's settings, a panel moved between areas, toasts for fills (announced, dismissed
// from the keyboard, gone on their own), the kill-switch banner, the cancel-all hotkey, the hotkeys editor, and
// the profile form refusing a bad port with main's reason and storing a secret without ever showing it again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, fixed, mul } from '../../shared/domain/decimal.js';
import type { SettingsView } from '../../shared/domain/settings.js';
import { CommandChannel } from '../../shared/ipc/channels.js';
import { openWorkstation, WAIT_MS, type WorkstationPage } from './support/workstation-page.js';

const SECRET = 'e2e-Zm9vYmFyYmF6-7731-never-shown';

let ws: WorkstationPage;
let page: Page;

beforeAll(async () => {
  ws = await openWorkstation();
  page = ws.page;
  await page.waitForSelector('.shell-pill[data-session-id="demo-trading"][data-phase="active"]', { timeout: WAIT_MS });
  // Settings have arrived once the header shows the user name.
  await page.waitForSelector('.shell-user', { timeout: WAIT_MS });
});

afterAll(async () => {
  await ws?.close();
});

async function settings(): Promise<SettingsView> {
  const outcome = await ws.core.execute(CommandChannel.settings, {});
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.value;
}

async function reloadWithSettings(): Promise<void> {
  await page.reload();
  await page.waitForSelector('.shell-user', { timeout: WAIT_MS });
}

function toast(level: string, text: string): ReturnType<Page['locator']> {
  return page.locator(`.shell-toast[data-level="${level}"]`, { hasText: text });
}

async function restingBuyPrice(): Promise<string> {
  const history = await ws.core.execute(CommandChannel.marketHistory, { symbol: 'BTC/USD' });
  if (!history.ok) throw new Error(history.reason);
  const last = history.value.trades.at(-1);
  if (last === undefined) throw new Error('no BTC/USD trade yet');
  // 2 % under the last trade: inside the 5 % risk band, far enough under the bid to rest.
  return fixed(mul(dec(last.price), dec('0.98')), 0);
}

describe('the workstation shell in Chromium', () => {
  it('shows the mode, every session as a pill, the link, the kill switch, the user, and the theme and settings controls', async () => {
    const header = page.locator('.shell-header');
    await expect(header.locator('.shell-mode').textContent()).resolves.toBe('Demo — embedded exchange');
    const pills = header.locator('.shell-pill');
    expect(await pills.evaluateAll((els) => els.map((e) => e.getAttribute('data-session-id')))).toEqual([
      'demo-trading',
      'demo-md',
    ]);
    await page.waitForSelector('.shell-pill[data-session-id="demo-md"][data-phase="active"]', { timeout: WAIT_MS });
    const trading = header.locator('.shell-pill[data-session-id="demo-trading"]');
    expect(await trading.getAttribute('title')).toMatch(
      /^demo-trading: Active\nDEMO-TRADER → KRAKEN-TRD\nSeq out \d+ · in \d+$/,
    );
    expect(await trading.getAttribute('aria-label')).toMatch(/^demo-trading Active, sequence out \d+, in \d+\. /);
    await expect(header.locator('.shell-link').getAttribute('data-link')).resolves.toBe('up');
    await expect(header.locator('.shell-kill-chip').textContent()).resolves.toBe('Kill switch armed');
    await expect(header.locator('.shell-user').textContent()).resolves.toBe('User trader');
    await expect(page.getByRole('button', { name: 'Theme: Dark' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');

    // A pill opens the session monitor, with focus on its tab.
    await trading.click();
    await page.waitForSelector('[role="tab"][data-panel="sessions"][aria-selected="true"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-panel'))).toBe('sessions');
    await page.getByRole('tab', { name: 'Working', exact: true }).click();
    await ws.screenshot('shell-dark');
    expect(ws.problems).toEqual([]);
  });

  it('switches to the light theme and keeps it across a reload, from main and not from the page', async () => {
    await page.getByRole('button', { name: 'Theme: Dark' }).click();
    await page.waitForSelector('html[data-theme="light"]');
    await expect.poll(async () => (await settings()).ui.theme, { timeout: WAIT_MS }).toBe('light');
    // The colours really changed: the page background is the light theme's.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(236, 239, 243)');

    // Without the page's own hint the reload starts dark, so light after settings arrive comes from main.
    await page.evaluate(() => localStorage.clear());
    await reloadWithSettings();
    await page.waitForSelector('html[data-theme="light"]', { timeout: WAIT_MS });
    await expect(page.getByRole('button', { name: 'Theme: Light' }).isVisible()).resolves.toBe(true);
    await page.waitForSelector('.shell-pill[data-session-id="demo-trading"][data-phase="active"]', {
      timeout: WAIT_MS,
    });
    await ws.screenshot('shell-light');

    await page.getByRole('button', { name: 'Theme: Light' }).click();
    await page.waitForSelector('html[data-theme="dark"]');
    await expect.poll(async () => (await settings()).ui.theme, { timeout: WAIT_MS }).toBe('dark');
  });

  it('resizes a column from the keyboard and a row with the pointer, and keeps both across a reload', async () => {
    const left = page.getByRole('separator', { name: 'Left column width' });
    expect(await left.getAttribute('aria-valuenow')).toBe('22');
    const widthBefore = await page.locator('#ws-column-left').evaluate((e) => e.getBoundingClientRect().width);
    await left.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    expect(await left.getAttribute('aria-valuenow')).toBe('30');
    const widthAfter = await page.locator('#ws-column-left').evaluate((e) => e.getBoundingClientRect().width);
    expect(widthAfter).toBeGreaterThan(widthBefore + 50);

    const row = page.getByRole('separator', { name: 'Centre column, top area height' });
    expect(await row.getAttribute('aria-valuenow')).toBe('50');
    const box = await row.boundingBox();
    const column = await page.locator('#ws-column-centre').boundingBox();
    if (box === null || column === null) throw new Error('splitter or column not laid out');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, column.y + column.height * 0.3, { steps: 5 });
    await page.mouse.up();
    const dragged = Number(await row.getAttribute('aria-valuenow'));
    expect(dragged).toBeGreaterThanOrEqual(29);
    expect(dragged).toBeLessThanOrEqual(31);

    await expect.poll(async () => (await settings()).ui.layout.sizes['left'], { timeout: WAIT_MS }).toBe(30);
    await expect
      .poll(async () => Math.round((await settings()).ui.layout.sizes['centre-split'] ?? 0), { timeout: WAIT_MS })
      .toBe(dragged);
    await reloadWithSettings();
    await page.waitForSelector('[role="separator"][aria-label="Left column width"][aria-valuenow="30"]', {
      timeout: WAIT_MS,
    });
    expect(
      await page.getByRole('separator', { name: 'Centre column, top area height' }).getAttribute('aria-valuenow'),
    ).toBe(String(dragged));
  });

  it('moves a panel to another area from its tab menu, by mouse and by keyboard, and saves where it went', async () => {
    await page.locator('[role="tab"][data-panel="depth"]').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Move Depth to' });
    await menu.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Left, top');
    await menu.getByRole('menuitem', { name: 'Left, top' }).click();
    await page.waitForSelector('[data-area="left-top"] [role="tab"][data-panel="depth"][aria-selected="true"]');
    await expect
      .poll(async () => (await settings()).ui.layout.areas['left-top'], { timeout: WAIT_MS })
      .toEqual(['ticket', 'depth']);

    // Back with the keyboard: Shift+F10 on the focused tab, arrows to the target, Enter.
    await page.locator('[role="tab"][data-panel="depth"]').focus();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu', { name: 'Move Depth to' }).waitFor();
    // Left, bottom · Centre, top · Centre, bottom · Right, top
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Right, top');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-area="right-top"] [role="tab"][data-panel="depth"][aria-selected="true"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-panel'))).toBe('depth');
    await expect
      .poll(async () => (await settings()).ui.layout.areas['right-top'], { timeout: WAIT_MS })
      .toEqual(['top-of-book', 'depth']);
    await page.locator('[role="tab"][data-panel="top-of-book"]').click();
  });

  it('shows a fill as a toast, announces it, dismisses it with Escape, and lets the next one go on its own', async () => {
    const fill = await ws.core.execute(CommandChannel.newOrder, {
      sessionId: 'demo-trading',
      symbol: 'BTC/USD',
      side: 'buy',
      type: 'market',
      qty: '0.001',
      tif: 'IOC',
    });
    expect(fill.ok).toBe(true);
    const first = toast('success', 'Filled: bought');
    await first.first().waitFor({ timeout: WAIT_MS });
    const close = first.first().locator('.shell-toast-close');
    await close.focus();
    expect(await first.first().textContent()).toMatch(/^OKFilled: bought [0-9.]+ BTC\/USD @ [0-9.]+/);
    expect(await page.getByTestId('toast-announce-polite').textContent()).toMatch(/Filled: bought [0-9.]+ BTC\/USD/);
    await page.keyboard.press('Escape');
    await first.first().waitFor({ state: 'detached' });

    await ws.core.execute(CommandChannel.newOrder, {
      sessionId: 'demo-trading',
      symbol: 'BTC/USD',
      side: 'sell',
      type: 'market',
      qty: '0.001',
      tif: 'IOC',
    });
    const second = toast('success', 'Filled: sold');
    await second.first().waitFor({ timeout: WAIT_MS });
    await page.mouse.move(10, 500);
    // Not touched: it leaves by itself (success toasts are not sticky).
    await second.first().waitFor({ state: 'detached', timeout: WAIT_MS });
  });

  it('cancels every working order with the cancel-all hotkey and says so in a toast', async () => {
    const placed = await ws.core.execute(CommandChannel.newOrder, {
      sessionId: 'demo-trading',
      symbol: 'BTC/USD',
      side: 'buy',
      type: 'limit',
      qty: '0.001',
      price: await restingBuyPrice(),
      tif: 'GTC',
    });
    if (!placed.ok) throw new Error(placed.reason);
    const key = placed.value.orderKey;
    // From nowhere in particular: the key is global.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect
      .poll(
        async () => {
          const snap = await ws.core.execute(CommandChannel.ordersSnapshot, {});
          return snap.ok ? snap.value.orders.find((o) => o.orderKey === key)?.status : undefined;
        },
        { timeout: WAIT_MS },
      )
      .toBe('new');
    await page.keyboard.press('Control+Shift+K');
    await toast('info', 'Cancel all: 1 cancel request(s) sent').waitFor({ timeout: WAIT_MS });
    await expect
      .poll(
        async () => {
          const snap = await ws.core.execute(CommandChannel.ordersSnapshot, {});
          return snap.ok ? snap.value.orders.find((o) => o.orderKey === key)?.status : undefined;
        },
        { timeout: WAIT_MS },
      )
      .toBe('canceled');
  });

  it('shows the kill switch across the whole app while it is engaged', async () => {
    expect(await page.getByTestId('app-kill-banner').count()).toBe(0);
    const engaged = await ws.core.execute(CommandChannel.engageKillSwitch, { confirm: 'KILL' });
    expect(engaged.ok).toBe(true);
    const banner = page.getByTestId('app-kill-banner');
    await banner.waitFor({ timeout: WAIT_MS });
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await banner.textContent()).toMatch(/^KILL SWITCH ENGAGED/);
    await expect(page.locator('.shell-kill-chip').textContent()).resolves.toBe('KILL SWITCH ENGAGED');
    await ws.screenshot('shell-kill-switch');
    await ws.core.execute(CommandChannel.rearmKillSwitch, {});
    await banner.waitFor({ state: 'detached', timeout: WAIT_MS });
    await expect(page.locator('.shell-kill-chip').textContent()).resolves.toBe('Kill switch armed');
  });
});

describe('the settings panel in Chromium', () => {
  it('opens from the header with focus on its tab', async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.waitForSelector('[role="tab"][data-panel="settings"][aria-selected="true"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-panel'))).toBe('settings');
    await page.locator('.settings-panel').waitFor();
  });

  it('records hotkeys by pressing them, saves them, and shows main’s reason beside a refused one', async () => {
    await page.getByRole('tab', { name: 'Hotkeys', exact: true }).click();
    const cancelAll = page.locator('tr[data-action="cancelAll"] .st-capture');
    await cancelAll.click();
    await page.keyboard.press('Control+Alt+C');
    expect(await cancelAll.getAttribute('data-chord')).toBe('Ctrl+Alt+C');
    await page.getByRole('button', { name: 'Save hotkeys' }).click();
    await expect.poll(async () => (await settings()).ui.hotkeys.cancelAll, { timeout: WAIT_MS }).toBe('Ctrl+Alt+C');

    // A bare letter would type into the ticket: main refuses it and says why, beside the row.
    const buy = page.locator('tr[data-action="buy"] .st-capture');
    await buy.click();
    await page.keyboard.press('b');
    await page.getByRole('button', { name: 'Save hotkeys' }).click();
    const reason = page.locator('tr[data-action="buy"] .st-error');
    await reason.waitFor({ timeout: WAIT_MS });
    expect(await reason.textContent()).toBe('B types or moves focus in the ticket: add Ctrl, Alt or Meta');
    expect(await buy.getAttribute('aria-invalid')).toBe('true');
    expect((await settings()).ui.hotkeys.buy).toBe('F1');
    await page.getByRole('button', { name: 'Revert' }).click();
    expect(await buy.getAttribute('data-chord')).toBe('F1');
  });

  it('refuses a profile with an invalid port and shows main’s reason beside the port', async () => {
    await page.getByRole('tab', { name: 'Venue profiles', exact: true }).click();
    await page.getByRole('button', { name: 'Add profile' }).click();
    const form = page.locator('.st-profile');
    await form.getByLabel('Profile id', { exact: true }).fill('uat');
    await form.getByLabel('Name', { exact: true }).fill('Venue UAT');
    const trading = form.locator('[data-endpoint="trading"]');
    await trading.getByLabel('Host', { exact: true }).fill('fix-uat.example.com');
    await trading.getByLabel('Port', { exact: true }).fill('70000');
    await trading.getByLabel('SenderCompID (49)', { exact: true }).fill('DESK-1');
    await trading.getByLabel('TargetCompID (56)', { exact: true }).fill('VENUE-UAT');
    await form.getByRole('button', { name: 'Save profile' }).click();

    const port = trading.getByLabel('Port', { exact: true });
    await page.waitForSelector('[data-endpoint="trading"] input[data-path="trading.port"][aria-invalid="true"]', {
      timeout: WAIT_MS,
    });
    const describedBy = (await port.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('must be from 1 to 65535');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('trading.port');
    expect(await page.getByTestId('profile-status').textContent()).toMatch(
      /^Not saved: .*trading\.port: must be from 1 to 65535/,
    );
    expect((await settings()).profiles.map((p) => p.id)).toEqual(['demo']);
    await ws.screenshot('settings-invalid-port');
  });

  it('saves the corrected profile, stores a secret, shows "stored", and never shows the secret again', async () => {
    const form = page.locator('.st-profile');
    await form.locator('[data-endpoint="trading"]').getByLabel('Port', { exact: true }).fill('4443');
    await form.getByRole('button', { name: 'Save profile' }).click();
    await page.getByTestId('profile-status').filter({ hasText: 'Saved uat.' }).waitFor({ timeout: WAIT_MS });
    const saved = (await settings()).profiles.find((p) => p.id === 'uat');
    expect(saved?.trading).toEqual({
      host: 'fix-uat.example.com',
      port: 4443,
      tls: true,
      senderCompId: 'DESK-1',
      targetCompId: 'VENUE-UAT',
      heartBtIntSec: 30,
    });
    expect(saved?.hasSecret).toBe(false);
    const state = page.getByTestId('secret-state');
    expect(await state.textContent()).toBe('not stored');

    const secret = page.getByLabel('Password (554)', { exact: true });
    await secret.fill(SECRET);
    expect(await secret.getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Store secret' }).click();
    await page.waitForSelector('[data-testid="secret-state"]:text-matches("^stored")', { timeout: WAIT_MS });
    expect((await settings()).profiles.find((p) => p.id === 'uat')?.hasSecret).toBe(true);
    expect(await page.getByLabel('Replace the password (554)', { exact: true }).inputValue()).toBe('');
    await page.waitForSelector('tr[data-profile-id="uat"]:has-text("secret stored")');

    const onPage = await page.evaluate((s) => {
      const values = [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value);
      return document.documentElement.outerHTML.includes(s) || values.some((v) => v.includes(s));
    }, SECRET);
    expect(onPage).toBe(false);
    await ws.screenshot('settings-secret-stored');
    expect(ws.problems).toEqual([]);
  });
});
