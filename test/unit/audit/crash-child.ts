// Child process for file-audit-trail-crash.test.ts: records entries forever with the default fsync policy,
// reporting each seq on stdout only after record() returned. The parent kills it with SIGKILL.
import fs from 'node:fs';
import { FileAuditTrail } from '../../../electron/audit/index.js';

const [file] = process.argv.slice(2) as [string];
const trail = new FileAuditTrail({ file, defaultUser: () => 'crash-child' });
fs.writeSync(1, `READY ${trail.recovery.lastSeq}\n`);
for (let i = 0; ; i++) {
  const entry = trail.record('order.new', `BTC/USD buy 0.1 @ 60000 ClOrdID ${i}`, 'accepted');
  fs.writeSync(1, `E ${entry.seq}\n`);
}
