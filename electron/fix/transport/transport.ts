// The byte pipe the FIX session talks through, on both the initiator and the acceptor side. A Transport is handed
// over already connected (TLS handshake done); the session frames bytes with the codec and never sees sockets.

export interface ConnectionInfo {
  /** Peer address and port actually connected, e.g. `203.0.113.7:4001`. */
  remote: string;
  /** Initiator: the configured host name (before DNS). Acceptor: the peer address. */
  host: string;
  tls: boolean;
  /** Negotiated TLS version, e.g. `TLSv1.3`. */
  protocol?: string;
  /** TLS only: the peer's certificate was verified (acceptor: a client certificate was presented and verified). */
  authorized?: boolean;
}

export interface TransportEvents {
  /** Bytes as they arrived; message boundaries are the codec's business. */
  rxData(chunk: Buffer): void;
  /** The socket's write buffer emptied after write() returned false. */
  drain(): void;
  /** Emitted exactly once, when the connection is gone for whatever reason. Subscribing after that still gets it. */
  disconnected(reason: string): void;
}

export interface Transport {
  readonly info: ConnectionInfo;
  /** True until the connection closes or close()/destroy() is called. */
  readonly isOpen: boolean;
  /** Queues bytes; false when not open (nothing queued) or when the caller should wait for 'drain'. */
  write(buf: Buffer): boolean;
  /** Orderly end: flush queued bytes, send FIN, and destroy if the peer does not close within a timeout. */
  close(): void;
  /** Immediate teardown; queued bytes are dropped. */
  destroy(reason?: string): void;
  on<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void;
  off<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void;
}
