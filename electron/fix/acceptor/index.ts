// FIX acceptor: listener + one session per client CompID (embedded exchange, echo server, tests).
export { FixAcceptor, type AcceptorHooks } from './acceptor.js';
export type { AcceptorOptions, AcceptorSessionIdentity, AcceptorSessionSettings } from './acceptor-options.js';
