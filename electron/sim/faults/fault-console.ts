// The standalone simulator's fault prompt: one command per line from a stream (stdin), each run against the
// exchange's FaultInjector. What a fault did is logged by the injector itself; this only answers mistakes and help.
import readline from 'node:readline';
import type { FaultInjector } from './fault-injector.js';
import { FAULT_HELP, parseFaultCommand, runFaultCommand } from './fault-commands.js';

export interface FaultConsoleIo {
  input: NodeJS.ReadableStream;
  /** One line of output (errors, help). */
  say(line: string): void;
}

/** Reads commands until the input ends or the returned stop function is called. */
export function startFaultConsole(faults: FaultInjector, io: FaultConsoleIo): () => void {
  const rl = readline.createInterface({ input: io.input, terminal: false });
  rl.on('line', (line) => {
    if (line.trim() === '') return;
    const parsed = parseFaultCommand(line);
    if (!parsed.ok) return io.say(`fault: ${parsed.error}`);
    try {
      if (runFaultCommand(faults, parsed.command) === null) io.say(FAULT_HELP);
    } catch (err) {
      io.say(`fault: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return () => rl.close();
}
