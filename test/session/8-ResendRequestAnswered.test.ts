// FIX session test case 8 (QuickFIX 8_AdminAndApplicationMessages): a ResendRequest is answered in order with
// the original MsgSeqNums. Each run of admin messages becomes one SequenceReset-GapFill (43=Y, 123=Y, 36 = the
// next number after the run); application messages are replayed with 43=Y and 122 = their original SendingTime.
// Answering consumes no new numbers (spec 2.6).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import type { FixTestClient } from './support/fix-test-client.js';
import { present } from './support/matchers.js';
import type { ReceivedMessage } from './support/received-message.js';
import { logon, logout, order, orderEchoed, probe } from './support/session-steps.js';

/** Acceptor messages 2-4 Heartbeats, 5-6 orders, 7-8 Heartbeats, 9 an order. Returns the orders by number. */
async function tradeNineMessages(c: FixTestClient): Promise<Map<number, ReceivedMessage>> {
  await logon(c);
  await probe(c, 2, 2);
  await probe(c, 3, 3);
  await probe(c, 4, 4);
  const orders = new Map<number, ReceivedMessage>();
  orders.set(5, (await orderEchoed(c, 5, 'ORD-5', 5)).echo);
  orders.set(6, (await orderEchoed(c, 6, 'ORD-6', 6)).echo);
  await probe(c, 7, 7);
  await probe(c, 8, 8);
  orders.set(9, (await orderEchoed(c, 9, 'ORD-9', 9)).echo);
  return orders;
}

async function expectGapFill(c: FixTestClient, from: number, newSeqNo: number): Promise<void> {
  await c.expect({ 35: '4', 34: String(from), 43: 'Y', 122: present, 123: 'Y', 36: String(newSeqNo) });
}

describe('8 ResendRequestAnswered', () => {
  const isld = useEchoServer();

  it('answers a request for admin messages only with a single GapFill', async () => {
    const c = await isld.connect();
    await tradeNineMessages(c);
    c.send('35=2|34=10|7=2|16=4');
    await expectGapFill(c, 2, 5);
    await probe(c, 11, 10);
    await logout(c, 12, 11);
  });

  it('gap-fills the admin run and replays the orders after it', async () => {
    const c = await isld.connect();
    const orders = await tradeNineMessages(c);
    c.send('35=2|34=10|7=2|16=6');
    await expectGapFill(c, 2, 5);
    await c.expectResent(orders.get(5)!);
    await c.expectResent(orders.get(6)!);
    await probe(c, 11, 10);
    await logout(c, 12, 11);
  });

  it('gap-fills a run of admin messages between replayed orders', async () => {
    const c = await isld.connect();
    const orders = await tradeNineMessages(c);
    c.send('35=2|34=10|7=5|16=9');
    await c.expectResent(orders.get(5)!);
    await c.expectResent(orders.get(6)!);
    await expectGapFill(c, 7, 9);
    await c.expectResent(orders.get(9)!);
    await probe(c, 11, 10);
    await logout(c, 12, 11);
  });

  it('answers EndSeqNo 0 with everything up to its last message, and again when asked twice', async () => {
    const c = await isld.connect();
    const orders = await tradeNineMessages(c);
    for (const seq of [10, 11]) {
      c.send(`35=2|34=${seq}|7=2|16=0`);
      await expectGapFill(c, 2, 5);
      await c.expectResent(orders.get(5)!);
      await c.expectResent(orders.get(6)!);
      await expectGapFill(c, 7, 9);
      await c.expectResent(orders.get(9)!);
    }
    await probe(c, 12, 10);
    await logout(c, 13, 11);
  });

  it('answers an EndSeqNo beyond its last message with everything it has sent', async () => {
    const c = await isld.connect();
    const orders = await tradeNineMessages(c);
    c.send('35=2|34=10|7=6|16=100');
    await c.expectResent(orders.get(6)!);
    await expectGapFill(c, 7, 9);
    await c.expectResent(orders.get(9)!);
    await probe(c, 11, 10);
    await logout(c, 12, 11);
  });

  it('replays a long run of orders completely and in order', async () => {
    const c = await isld.connect();
    await logon(c);
    const echoes: ReceivedMessage[] = [];
    for (let seq = 2; seq <= 151; seq++) {
      const sent = c.send(order(seq, `ORD-${seq}`));
      echoes.push(await c.expectEcho(sent, { 34: String(seq) }));
    }
    c.send('35=2|34=152|7=1|16=0');
    await expectGapFill(c, 1, 2);
    for (const echo of echoes) await c.expectResent(echo);
    await probe(c, 153, 152);
    await logout(c, 154, 153);
  });
});
