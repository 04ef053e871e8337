// Deterministic message per seq, shared by the crash child and the test that checks what survived.
export const crashSession = { beginString: 'FIX.4.4', senderCompId: 'CRASH', targetCompId: 'TEST' };

export function crashMessage(seq: number): Buffer {
  const pad = 'x'.repeat((seq * 7919) % 1500);
  return Buffer.from(`8=FIX.4.4\x0135=D\x0134=${seq}\x0111=ord-${seq}\x0158=${pad}\x01`);
}
