// Child process for file-store-crash.test.ts: appends outbound messages (and now and then a target seq update)
// forever, reporting each one on stdout only after the store call returned. The parent kills it with SIGKILL.
import fs from 'node:fs';
import { FileMessageStore } from '../../../electron/fix/store/file-store.js';
import type { FsyncPolicy } from '../../../electron/fix/store/file-store-options.js';
import { crashMessage, crashSession } from './crash-message.js';

const [dir, policy] = process.argv.slice(2) as [string, FsyncPolicy];
const store = new FileMessageStore({ dir, session: crashSession, fsync: policy });
fs.writeSync(1, `READY ${store.nextSenderSeq} ${store.nextTargetSeq}\n`);
for (;;) {
  const seq = store.nextSenderSeq;
  store.append(seq, crashMessage(seq));
  fs.writeSync(1, `S ${seq}\n`);
  if (seq % 3 === 0) {
    const target = store.nextTargetSeq + 1;
    store.setNextTargetSeq(target);
    fs.writeSync(1, `T ${target}\n`);
  }
}
