// Venue profiles as a user manages them in Settings, through the same commands the renderer sends: a new Kraken
// profile appears with its sessions at once, refuses to connect until its credentials are complete (with the reason),
// and goes away when deleted; a profile with a session up cannot be deleted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkstationCore } from '../../electron/host/workstation-core.js';
import { CommandChannel } from '../../shared/ipc/channels.js';
import type { ProfileInput } from '../../shared/ipc/commands.js';

let core: WorkstationCore;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'profiles-'));
  core = await WorkstationCore.start({ dataDir, autoConnect: false, exchange: { rate: 0 }, latencyProbeIntervalMs: 0 });
});

afterAll(async () => {
  await core?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const uat: ProfileInput = {
  id: 'kraken-uat',
  name: 'Kraken UAT',
  kind: 'kraken-spot',
  trading: {
    host: '127.0.0.1',
    port: 1,
    tls: true,
    senderCompId: 'DESK-1',
    targetCompId: 'KRAKEN-TRD',
    heartBtIntSec: 60,
  },
  cancelOnDisconnect: true,
  autoConnect: false,
};

async function sessionIds(): Promise<string[]> {
  const list = await core.execute(CommandChannel.listSessions, {});
  return list.ok ? list.value.map((s) => s.id) : [];
}

describe('venue profiles', () => {
  it('adds a profile and its trading session at once, refusing to connect without an API key', async () => {
    expect(await core.execute(CommandChannel.saveProfile, uat)).toMatchObject({ ok: true });
    expect(await sessionIds()).toContain('kraken-uat-trading');
    expect(await core.execute(CommandChannel.connect, { sessionId: 'kraken-uat-trading' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no API key/),
    });
  });

  it('refuses to connect with a key but no secret, and accepts once the secret is stored (never shown back)', async () => {
    expect(await core.execute(CommandChannel.saveProfile, { ...uat, apiKey: 'uat-key' })).toMatchObject({ ok: true });
    expect(await core.execute(CommandChannel.connect, { sessionId: 'kraken-uat-trading' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no API secret/),
    });
    const secret = 'c2VjcmV0LWZvci11YXQtb25seS1ub3QtcmVhbA==';
    const stored = await core.execute(CommandChannel.setSecret, { profileId: 'kraken-uat', secret });
    expect(stored).toMatchObject({ ok: true });
    expect(JSON.stringify(stored)).not.toContain(secret);
    const view = await core.execute(CommandChannel.settings, {});
    expect(view.ok && view.value.profiles.find((p) => p.id === 'kraken-uat')?.hasSecret).toBe(true);
    // Nothing listens on port 1: the attempt is accepted and the session waits to reconnect.
    expect(await core.execute(CommandChannel.connect, { sessionId: 'kraken-uat-trading' })).toMatchObject({ ok: true });
  });

  it('will not delete a profile whose session is up, and removes it once disconnected', async () => {
    expect(await core.execute(CommandChannel.deleteProfile, { profileId: 'kraken-uat' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/disconnect it first/),
    });
    await core.execute(CommandChannel.disconnect, { sessionId: 'kraken-uat-trading' });
    expect(await core.execute(CommandChannel.deleteProfile, { profileId: 'kraken-uat' })).toMatchObject({ ok: true });
    expect(await sessionIds()).not.toContain('kraken-uat-trading');
    expect(await sessionIds()).toContain('demo-trading');
  });

  it('never writes the secret to the settings file or the audit trail', () => {
    const files = fs.readdirSync(dataDir, { recursive: true }).map(String);
    for (const f of files) {
      const full = path.join(dataDir, f);
      if (!fs.statSync(full).isFile()) continue;
      expect(fs.readFileSync(full, 'latin1')).not.toContain('c2VjcmV0LWZvci11YXQtb25seS1ub3QtcmVhbA');
    }
  });
});
