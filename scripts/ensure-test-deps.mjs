#!/usr/bin/env node
// Runs before `npm test`: the test tiers need two things from Debian that npm cannot provide — QuickFIX C++
// (libquickfix-dev, the reference engine our interop tests trade against) and Chromium (the end-to-end tier).
// As root with apt-get (CI, a fresh machine) they are installed; otherwise this says exactly what to install.
// Then the QuickFIX peer programs are built (test/interop/quickfix/build.sh).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const missing = [];
if (!existsSync('/usr/include/quickfix/Message.h')) missing.push('libquickfix-dev');
if (!existsSync('/usr/include/openssl/ssl.h')) missing.push('libssl-dev');
if (!existsSync('/usr/bin/chromium')) missing.push('chromium', 'fonts-liberation');
if (spawnSync('g++', ['--version']).status !== 0) missing.push('g++', 'make');

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`ensure-test-deps: \`${cmd} ${args.join(' ')}\` failed (exit ${r.status})`);
    process.exit(1);
  }
}

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || spawnSync('apt-get', ['--version']).status !== 0) {
    console.error(`The tests need these Debian packages: ${missing.join(' ')}\n` +
      `Install them with: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`ensure-test-deps: installing ${missing.join(' ')} from Debian`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], env);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], env);
}
if (existsSync('test/interop/quickfix/build.sh')) run('bash', ['test/interop/quickfix/build.sh']);
