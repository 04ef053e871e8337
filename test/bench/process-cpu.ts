// CPU time of a process tree from /proc (Linux): the rendering benchmark's measure of everything Chromium does for
// the page (browser, renderer, GPU/viz and utility processes), which the page's own metrics only see in part.
import fs from 'node:fs';
import os from 'node:os';

const TICKS_PER_SECOND = 100;

interface Stat {
  readonly ppid: number;
  /** utime + stime, in clock ticks. */
  readonly ticks: number;
}

function readStat(pid: number): Stat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields start after its closing parenthesis.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** CPU seconds used so far by every descendant of `root` (not `root` itself), leaving out the subtrees rooted at
 * `exclude` (the benchmark's own host process). Null where /proc is not there. */
export function descendantCpuSeconds(root: number, exclude: readonly number[] = []): number | null {
  if (os.platform() !== 'linux') return null;
  const stats = new Map<number, Stat>();
  for (const name of fs.readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = readStat(pid);
    if (s !== null) stats.set(pid, s);
  }
  const children = new Map<number, number[]>();
  for (const [pid, s] of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  let ticks = 0;
  const walk = (pid: number): void => {
    for (const child of children.get(pid) ?? []) {
      if (exclude.includes(child)) continue;
      ticks += stats.get(child)?.ticks ?? 0;
      walk(child);
    }
  };
  walk(root);
  return ticks / TICKS_PER_SECOND;
}
