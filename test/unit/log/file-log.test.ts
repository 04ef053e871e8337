import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileSessionLog } from '../../../electron/fix/log/file-log.js';
import { formatLogTimestamp } from '../../../electron/fix/log/log-timestamp.js';

const fix = (s: string): string => s.replaceAll('|', '\x01');
const session = { beginString: 'FIX.4.4', senderCompId: 'CLIENT', targetCompId: 'KRAKEN-TRD' };
const dirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fix-log-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('formatLogTimestamp', () => {
  it('formats UTC as YYYYMMDD-HH:MM:SS.sss with zero padding', () => {
    expect(formatLogTimestamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)))).toBe('20260102-03:04:05.006');
    expect(formatLogTimestamp(new Date(Date.UTC(2025, 11, 31, 23, 59, 59, 999)))).toBe('20251231-23:59:59.999');
  });
});

describe('FileSessionLog', () => {
  it('writes messages and events to QuickFIX-named files in QuickFIX line format', async () => {
    const dir = tempDir();
    const log = new FileSessionLog({ dir, session, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, 1, 234)) });
    log.outgoing(Buffer.from(fix('8=FIX.4.4|9=5|35=0|10=000|')));
    log.incoming(Buffer.from(fix('8=FIX.4.4|9=5|35=1|10=001|')));
    log.event('Created session');
    log.close();
    await log.whenClosed();
    expect(path.basename(log.messagesPath)).toBe('FIX.4.4-CLIENT-KRAKEN-TRD.messages.current.log');
    expect(path.basename(log.eventsPath)).toBe('FIX.4.4-CLIENT-KRAKEN-TRD.event.current.log');
    expect(fs.readFileSync(log.messagesPath, 'latin1')).toBe(
      `20260101-00:00:01.234 : ${fix('8=FIX.4.4|9=5|35=0|10=000|')}\n20260101-00:00:01.234 : ${fix('8=FIX.4.4|9=5|35=1|10=001|')}\n`,
    );
    expect(fs.readFileSync(log.eventsPath, 'utf8')).toBe('20260101-00:00:01.234 : Created session\n');
  });

  it('never writes a secret to either file', async () => {
    const dir = tempDir();
    const log = new FileSessionLog({ dir, session });
    log.outgoing(Buffer.from(fix('35=A|553=KEY|554=SIGNATURE-VALUE|5025=1724512345678|')));
    log.event(fix('rejected: 35=A|554=SIGNATURE-VALUE|'));
    log.close();
    await log.whenClosed();
    const all = fs.readFileSync(log.messagesPath, 'latin1') + fs.readFileSync(log.eventsPath, 'utf8');
    expect(all).not.toContain('SIGNATURE-VALUE');
    expect(all).not.toContain('1724512345678');
    expect(all).toContain(fix('554=***|5025=***|'));
  });

  it('appends to existing files on reopen', async () => {
    const dir = tempDir();
    for (const text of ['first', 'second']) {
      const log = new FileSessionLog({ dir, session });
      log.event(text);
      log.close();
      await log.whenClosed();
    }
    const lines = fs
      .readFileSync(path.join(dir, 'FIX.4.4-CLIENT-KRAKEN-TRD.event.current.log'), 'utf8')
      .trim()
      .split('\n');
    expect(lines.map((l) => l.split(' : ')[1])).toEqual(['first', 'second']);
  });

  it('preserves 8-bit message bytes exactly', async () => {
    const dir = tempDir();
    const log = new FileSessionLog({ dir, session, now: () => new Date(0) });
    const raw = Buffer.from([0x33, 0x35, 0x3d, 0x44, 0x01, 0x35, 0x38, 0x3d, 0xc3, 0xa9, 0xff, 0x01]);
    log.incoming(raw);
    log.close();
    await log.whenClosed();
    const bytes = fs.readFileSync(log.messagesPath);
    expect(bytes.equals(Buffer.concat([Buffer.from('19700101-00:00:00.000 : '), raw, Buffer.from('\n')]))).toBe(true);
  });

  it('reports a write failure through onError instead of throwing', async () => {
    const dir = tempDir();
    // A directory where the messages file should be makes its open fail.
    fs.mkdirSync(path.join(dir, 'FIX.4.4-CLIENT-KRAKEN-TRD.messages.current.log'));
    const errors: Error[] = [];
    const log = new FileSessionLog({ dir, session, onError: (e) => errors.push(e) });
    log.incoming(Buffer.from('35=0'));
    log.close();
    await log.whenClosed();
    expect(errors).toHaveLength(1);
    expect((errors[0] as NodeJS.ErrnoException).code).toBe('EISDIR');
  });
});
