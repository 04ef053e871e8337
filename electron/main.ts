// Electron main process, kept thin: the window and its security settings, the app lifecycle, and the workstation
// core (plain Node, electron/host/) bound to IPC. FIX sessions live here, so a renderer reload never drops one.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, safeStorage, session, shell } from 'electron';
import { bindIpc } from './host/electron-ipc.js';
import { createRendererCheck } from './host/trusted-renderer.js';
import { WorkstationCore } from './host/workstation-core.js';
import { SafeStorageVault } from './settings/index.js';
import { openElectronStoreKeyValue } from './settings/electron-store-kv.js';

const here = import.meta.dirname;
const indexHtmlPath = path.join(here, '../renderer/index.html');
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const log = (line: string): void => console.log(`[workstation] ${line}`);

/** Exact URLs the renderer may open in the system browser. */
const EXTERNAL_LINKS: ReadonlySet<string> = new Set(['https://www.tradingview.com/']);

// Every renderer sandboxed, whatever its webPreferences say.
app.enableSandbox();

// Applies to every web contents, including any created later: no navigation away from our page, no new windows,
// no webviews. The workstation has no reason to show any other content.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (e, url) => {
    log(`navigation to ${url} blocked`);
    e.preventDefault();
  });
  contents.on('will-redirect', (e) => e.preventDefault());
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Never a new Electron window. The one link the UI carries (the chart library's licence credit) opens in the
    // system browser; anything else is refused.
    if (EXTERNAL_LINKS.has(url)) void shell.openExternal(url);
    else log(`window.open(${url}) denied`);
    return { action: 'deny' };
  });
});

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    title: 'FIX Workstation',
    width: 1360,
    height: 820,
    minWidth: 900,
    minHeight: 500,
    backgroundColor: '#0e1116',
    show: false,
    webPreferences: {
      preload: path.join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(indexHtmlPath);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  // Camera, microphone, notifications, geolocation...: a trading screen needs none of them.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`permission ${permission} denied`);
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);

  // Settings in electron-store; API secrets encrypted by the OS keychain through safeStorage, never in clear.
  const kv = openElectronStoreKeyValue('settings');
  const core = await WorkstationCore.start({
    dataDir: app.getPath('userData'),
    kv,
    vault: new SafeStorageVault({ kv, safeStorage }),
    log,
  });
  const unbind = bindIpc({
    ipcMain,
    host: core,
    isTrustedFrameUrl: createRendererCheck({ indexHtmlPath, ...(devServerUrl ? { devServerUrl } : {}) }),
    targets: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
    log,
  });
  createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Log the sessions out before the process ends: an orderly Logout, not a dropped socket, tells the venue we left.
  let closed = false;
  app.on('before-quit', (e) => {
    if (closed) return;
    e.preventDefault();
    closed = true;
    unbind();
    void core.close().finally(() => app.quit());
  });
}

start().catch((err: unknown) => {
  console.error('[workstation] failed to start:', err);
  app.exit(1);
});
