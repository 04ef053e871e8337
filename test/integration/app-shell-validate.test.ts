// Main's gates for renderer input: command validation, web-host frame parsing, static path resolution and the
// trusted-renderer check. Pure functions, but they are the boundary every renderer payload crosses.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../electron/host/validate-command.js';
import { parseClientFrame } from '../../electron/host/web-frames.js';
import { resolveUnder } from '../../electron/host/static-files.js';
import { createRendererCheck } from '../../electron/host/trusted-renderer.js';
import { COMMAND_CHANNELS } from '../../shared/ipc/channels.js';

function reasonOf(channel: unknown, payload: unknown): string {
  const v = validateCommand(channel, payload);
  if (v.ok) throw new Error(`expected a refusal, got ${JSON.stringify(v.command)}`);
  return v.reason;
}

describe('command validation', () => {
  it('accepts each allow-listed command with exactly its request shape', () => {
    expect(validateCommand('sessions:list', {})).toEqual({
      ok: true,
      command: { channel: 'sessions:list', request: {} },
    });
    for (const channel of ['session:connect', 'session:disconnect', 'session:reset-sequence']) {
      expect(validateCommand(channel, { sessionId: 'demo-trading' })).toEqual({
        ok: true,
        command: { channel, request: { sessionId: 'demo-trading' } },
      });
    }
    expect(COMMAND_CHANNELS).toHaveLength(26);
  });

  it('refuses a channel that is not on the allow-list, naming it', () => {
    expect(reasonOf('session:send-order', {})).toBe('unknown command channel "session:send-order"');
    expect(reasonOf(42, {})).toBe('unknown command channel number');
  });

  it('refuses wrong types, missing fields and extra keys with the offending field named', () => {
    expect(reasonOf('session:connect', { sessionId: 7 })).toMatch(/sessionId: sessionId must be a string/);
    expect(reasonOf('session:connect', {})).toMatch(/sessionId/);
    expect(reasonOf('session:connect', { sessionId: 'demo-trading', force: true })).toMatch(
      /Unrecognized key: "force"/,
    );
    expect(reasonOf('sessions:list', { all: 1 })).toMatch(/Unrecognized key: "all"/);
    expect(reasonOf('session:connect', 'demo-trading')).toMatch(/expected object/);
    expect(reasonOf('session:connect', null)).toMatch(/expected object/);
    expect(reasonOf('session:connect', [])).toMatch(/expected object/);
  });

  it('refuses oversized, empty and odd-character session ids', () => {
    expect(reasonOf('session:connect', { sessionId: 'a'.repeat(65) })).toMatch(/at most 64 characters/);
    expect(reasonOf('session:connect', { sessionId: '' })).toMatch(/must not be empty/);
    expect(reasonOf('session:connect', { sessionId: 'DEMO' })).toMatch(/only a-z, 0-9 and -/);
    expect(reasonOf('session:connect', { sessionId: 'demo\u0001x' })).toMatch(/only a-z, 0-9 and -/);
  });

  it('refuses objects that are not plain data (an inherited sessionId does not count)', () => {
    const sneaky = Object.create({ sessionId: 'demo-trading' }) as object;
    expect(reasonOf('session:connect', sneaky)).toMatch(/not plain data/);
    expect(reasonOf('session:connect', new Map([['sessionId', 'demo-trading']]))).toMatch(/not plain data/);
  });
});

describe('web host frames', () => {
  it('parses a call frame', () => {
    const r = parseClientFrame(JSON.stringify({ type: 'call', id: 3, channel: 'sessions:list', payload: {} }));
    expect(r).toEqual({ ok: true, frame: { type: 'call', id: 3, channel: 'sessions:list', payload: {} } });
  });

  it('refuses non-JSON without an id to answer, and a bad frame with its id so it can be answered', () => {
    expect(parseClientFrame('{nope')).toEqual({ ok: false, reason: 'frame is not JSON', id: null });
    const r = parseClientFrame(JSON.stringify({ type: 'call', id: 9, channel: 'x', payload: {}, extra: 1 }));
    expect(r).toMatchObject({ ok: false, id: 9 });
    expect(parseClientFrame(JSON.stringify({ type: 'reply', id: 1 }))).toMatchObject({ ok: false, id: 1 });
    expect(parseClientFrame(JSON.stringify({ type: 'call', id: -1, channel: 'x', payload: {} }))).toMatchObject({
      ok: false,
      id: null,
    });
  });
});

describe('static file resolution', () => {
  const root = path.resolve('/srv/renderer');

  it('maps paths under the root and / to index.html', () => {
    expect(resolveUnder(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveUnder(root, '/assets/index-1.js?x=1')).toBe(path.join(root, 'assets/index-1.js'));
  });

  it('never resolves outside the root, however the path is spelled', () => {
    // The URL parser folds plain dot segments ("/../etc/passwd" names root/etc/passwd); encoded ones survive it
    // and must be caught by the containment check.
    expect(resolveUnder(root, '/../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    for (const url of [
      '/assets/%2e%2e%2f%2e%2e%2fsecret',
      '/%2e%2e%2fetc/passwd',
      '/a%00b',
      '/..%5c..%5cx',
      '/%E0%A4%A',
    ]) {
      expect(resolveUnder(root, url)).toBeNull();
    }
  });
});

describe('trusted renderer check', () => {
  const check = createRendererCheck({ indexHtmlPath: '/opt/app/out/renderer/index.html' });

  it('trusts our built index.html, with or without a fragment', () => {
    expect(check('file:///opt/app/out/renderer/index.html')).toBe(true);
    expect(check('file:///opt/app/out/renderer/index.html#/x')).toBe(true);
  });

  it('trusts no other file, no web origin, and no dev server unless one is configured', () => {
    expect(check('file:///tmp/evil.html')).toBe(false);
    expect(check('https://example.com/index.html')).toBe(false);
    expect(check('http://localhost:5173/')).toBe(false);
    expect(check('not a url')).toBe(false);
    const dev = createRendererCheck({ indexHtmlPath: '/x/index.html', devServerUrl: 'http://localhost:5173/' });
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/index.html')).toBe(false);
  });
});
