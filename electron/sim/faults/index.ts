// Fault injection of the embedded exchange (exchange.faults): drop, delay, garble, skip, disconnect, corrupt a
// book checksum, run the daily reset.
export { FaultInjector } from './fault-injector.js';
export type { FaultInjectorDeps, FaultReport, FaultSide, FaultTarget } from './fault-injector.js';
export { FaultyTransport, systemFaultTimers } from './faulty-transport.js';
export type { DelayWindow, FaultTimers } from './faulty-transport.js';
export { garbleFrame, type GarbleKind } from './garble.js';
export { FAULT_HELP, parseFaultCommand, runFaultCommand } from './fault-commands.js';
export type { FaultCommand, FaultCommandParse } from './fault-commands.js';
export { startFaultConsole, type FaultConsoleIo } from './fault-console.js';
