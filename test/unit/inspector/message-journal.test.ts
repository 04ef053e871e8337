import { describe, expect, it } from 'vitest';
import { MessageJournal, dictionaryView } from '../../../electron/inspector/index.js';
import { fix44 } from '../../../electron/fix/codec/dictionary/index.js';

const raw = (body: string): Buffer => Buffer.from(body.replaceAll('|', '\x01'), 'latin1');

function fill(j: MessageJournal, n: number): void {
  for (let i = 1; i <= n; i++) {
    j.record({
      sessionId: i % 2 === 0 ? 'demo-trading' : 'demo-md',
      direction: i % 3 === 0 ? 'out' : 'in',
      msgType: i % 2 === 0 ? '8' : 'X',
      seqNum: i,
      raw: raw(`8=FIX.4.4|9=5|35=${i % 2 === 0 ? '8' : 'X'}|34=${i}|58=msg ${i}|10=000|`),
      time: 1000 + i,
    });
  }
}

describe('message journal', () => {
  it('answers queries newest first with SOH shown as a bar', () => {
    const j = new MessageJournal();
    fill(j, 4);
    const rows = j.query({ limit: 10 });
    expect(rows.map((r) => r.seqNum)).toEqual([4, 3, 2, 1]);
    expect(rows[0]?.text).toBe('8=FIX.4.4|9=5|35=8|34=4|58=msg 4|10=000|');
  });

  it('filters by session, direction, MsgType and text together', () => {
    const j = new MessageJournal();
    fill(j, 12);
    const rows = j.query({ sessionId: 'demo-trading', direction: 'out', msgType: '8', limit: 10 });
    expect(rows.map((r) => r.seqNum)).toEqual([12, 6]);
    expect(j.query({ text: 'MSG 1', limit: 10 }).map((r) => r.seqNum)).toEqual([12, 11, 10, 1]);
  });

  it('keeps only the newest messages once the ring is full', () => {
    const j = new MessageJournal({ capacity: 5 });
    fill(j, 12);
    expect(j.size).toBe(5);
    expect(j.query({ limit: 100 }).map((r) => r.seqNum)).toEqual([12, 11, 10, 9, 8]);
  });

  it('streams each record once, and says how many a flood left out of the batch', () => {
    const j = new MessageJournal({ batchLimit: 3 });
    fill(j, 2);
    expect(j.drain().records.map((r) => r.seqNum)).toEqual([1, 2]);
    expect(j.drain()).toEqual({ records: [], skipped: 0 });
    fill(j, 10);
    const batch = j.drain();
    expect(batch.records.map((r) => r.seqNum)).toEqual([8, 9, 10]);
    expect(batch.skipped).toBe(7);
  });
});

describe('dictionary view', () => {
  it('names tags, enum values and message types of the built-in FIX 4.4 dictionary', () => {
    const v = dictionaryView(fix44());
    const side = v.fields.find((f) => f.tag === 54);
    expect(side?.name).toBe('Side');
    expect(side?.values?.['1']).toBe('BUY');
    expect(v.fields.find((f) => f.tag === 5041)?.name).toBeTruthy();
    expect(v.messages['D']).toBe('NewOrderSingle');
    expect(v.messages['8']).toBe('ExecutionReport');
  });
});
