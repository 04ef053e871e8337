// Steps most scenarios share: the opening Logon exchange, a TestRequest probe that proves which sequence numbers
// both sides are at, orders the echo server returns, and the Logout handshake.
import type { FixTestClient } from './fix-test-client.js';
import type { ReceivedMessage } from './received-message.js';
import type { SentMessage } from './resend.js';

/** Send Logon 34=1 (or `seq`) and expect the acceptor's Logon 34=1 with the same HeartBtInt. */
export async function logon(c: FixTestClient, heartBtInt = 30, seq = 1): Promise<ReceivedMessage> {
  c.send(`35=A|34=${seq}|98=0|108=${heartBtInt}`);
  return c.expect({ 35: 'A', 34: '1', 98: '0', 108: String(heartBtInt) });
}

/**
 * TestRequest with our MsgSeqNum `seq`, answered by a Heartbeat carrying the acceptor's MsgSeqNum `acceptorSeq`
 * and our TestReqID: proves the acceptor expected `seq` and had sent exactly `acceptorSeq - 1` messages.
 */
export async function probe(c: FixTestClient, seq: number, acceptorSeq: number): Promise<ReceivedMessage> {
  const id = `PROBE-${seq}`;
  c.send(`35=1|34=${seq}|112=${id}`);
  return c.expect({ 35: '0', 34: String(acceptorSeq), 112: id });
}

/** A NewOrderSingle script the echo server returns as is. */
export function order(seq: number, clOrdId: string, header = ''): string {
  return `35=D|34=${seq}|${header}11=${clOrdId}|21=3|38=100|40=1|54=1|55=INTC|60=<TIME>`;
}

/** Send an order and expect its echo as the acceptor's message `acceptorSeq`. */
export async function orderEchoed(
  c: FixTestClient,
  seq: number,
  clOrdId: string,
  acceptorSeq: number,
): Promise<{ sent: SentMessage; echo: ReceivedMessage }> {
  const sent = c.send(order(seq, clOrdId));
  const echo = await c.expectEcho(sent, { 34: String(acceptorSeq) });
  return { sent, echo };
}

/**
 * We log out with `seq` and the acceptor confirms with Logout `acceptorSeq`; then we disconnect, as the logout
 * initiator does (FIX test case 13a). That the acceptor closes by itself is 13a/13b's subject, not every scenario's.
 */
export async function logout(c: FixTestClient, seq: number, acceptorSeq: number): Promise<void> {
  c.send(`35=5|34=${seq}`);
  await c.expect({ 35: '5', 34: String(acceptorSeq) });
  c.close();
}

/**
 * How long the acceptor may wait for us to disconnect after confirming our Logout before it closes the connection
 * itself (FIX test case 13b: "wait for counterparty to disconnect up to 10 seconds").
 */
export const LOGOUT_WAIT_MS = 10_000;

export const isLogout = (m: ReceivedMessage): boolean => m.msgType === '5';
