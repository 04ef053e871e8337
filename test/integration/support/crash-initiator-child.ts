// Child process for crash-kill9-engine.test.ts: our initiator (Session + TLS Connector + Reconnector on a
// FileMessageStore with fsync 'always') sending NewOrderSingles `<prefix>-1, -2, ...` to the acceptor the test runs,
// a bounded number awaiting their ExecutionReport. Protocol on stdout, one line each, written only after the fact:
//   START <nextSenderSeq> <nextTargetSeq>     store opened (numbers recovered from disk)
//   LOGON <nextSenderSeq> <nextTargetSeq>     logged on
//   SENT <ClOrdID> <MsgSeqNum>                session.send returned (stored durably, handed to the socket)
//   ER <ClOrdID> <MsgSeqNum> <Y|N>            an ExecutionReport was delivered (PossDup flag)
//   FINAL <nextSenderSeq> <nextTargetSeq>     (final mode) all orders answered and logged out; exits 0
//   FROZEN <ClOrdID|->                        on SIGUSR2: an order sent whose report has not been delivered; the
//                                             process then stops itself (SIGSTOP) for the test to SIGKILL
// The test kills it with SIGKILL at moments of its choosing and starts it again on the same store.
//   args: <port> <ca.pem> <storeDir> <prefix> <count: 0 = endless> <window>
import fs from 'node:fs';
import { OrderFlow } from './order-flow.js';
import { OurInitiator } from './our-initiator.js';

const [portArg, caPath, storeDir, prefix, countArg, windowArg] = process.argv.slice(2);
if (portArg === undefined || caPath === undefined || storeDir === undefined || prefix === undefined) {
  process.stderr.write('usage: crash-initiator-child <port> <ca.pem> <storeDir> <prefix> <count> <window>\n');
  process.exit(2);
}
const count = Number(countArg ?? '0');
const endless = count === 0;
const line = (text: string): void => {
  fs.writeSync(1, `${text}\n`);
};

const flow = new OrderFlow(prefix, endless ? Number.MAX_SAFE_INTEGER : count, Number(windowArg ?? '20'));
flow.onSent = (o) => line(`SENT ${o.clOrdId} ${o.seq}`);
const app = flow.application();
const ours = new OurInitiator({
  port: Number(portArg),
  ca: fs.readFileSync(caPath, 'utf8'),
  senderCompId: 'CRASH-CLI',
  targetCompId: 'QF-VENUE',
  storeDir,
  fsync: 'always',
  name: `crash child ${prefix}`,
  application: {
    ...app,
    onLogon: (s) => {
      line(`LOGON ${ours.session.nextSenderSeq} ${ours.session.nextTargetSeq}`);
      app.onLogon?.(s);
    },
    onAppMessage: (msg, ctx) => {
      if (msg.msgType === '8') line(`ER ${msg.getString(11) ?? '-'} ${ctx.seq} ${ctx.possDup ? 'Y' : 'N'}`);
      return app.onAppMessage(msg, ctx);
    },
  },
});
ours.session.on('event', (e) => process.stderr.write(`${e.text}\n`));
line(`START ${ours.store.nextSenderSeq} ${ours.store.nextTargetSeq}`);

process.on('SIGUSR2', () => {
  const pending = flow.sent.find((o) => !flow.ledger.first.has(o.clOrdId));
  line(`FROZEN ${pending?.clOrdId ?? '-'}`);
  process.kill(process.pid, 'SIGSTOP');
});

if (!endless) {
  const timer = setInterval(() => {
    if (!flow.complete) return;
    clearInterval(timer);
    void ours.stop().then(() => {
      line(`FINAL ${ours.store.nextSenderSeq} ${ours.store.nextTargetSeq}`);
      process.exit(0);
    });
  }, 10);
}
