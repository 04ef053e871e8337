// Corrupting one outbound FIX frame the way line noise would, for the simulator's fault injection: a CheckSum (10)
// that does not add up, or a BodyLength (9) one short of the truth. A FIX peer must discard either silently,
// without consuming its number (spec §2.1), and find the gap when the next message arrives.

export type GarbleKind = 'checksum' | 'body-length';

const SOH = 0x01;
const TRAILER = Buffer.from('\x0110=', 'latin1');

/** A corrupted copy of one whole frame (8=…10=nnn<SOH>); the frame itself is left as it was. */
export function garbleFrame(frame: Buffer, kind: GarbleKind): Buffer {
  return kind === 'checksum' ? wrongChecksum(frame) : shortBodyLength(frame);
}

function wrongChecksum(frame: Buffer): Buffer {
  const at = frame.lastIndexOf(TRAILER);
  if (at < 0 || frame.length - at < TRAILER.length + 4) throw new Error('not a FIX frame: no 10= trailer');
  const digits = at + TRAILER.length;
  const value = Number(frame.toString('latin1', digits, digits + 3));
  const out = Buffer.from(frame);
  out.write(String((value + 1) % 256).padStart(3, '0'), digits, 'latin1');
  return out;
}

function shortBodyLength(frame: Buffer): Buffer {
  const start = frame.indexOf('\x019=', 0, 'latin1');
  if (start < 0) throw new Error('not a FIX frame: no 9= BodyLength');
  const digits = start + 3;
  const end = frame.indexOf(SOH, digits);
  const value = Number(frame.toString('latin1', digits, end));
  return Buffer.concat([frame.subarray(0, digits), Buffer.from(String(value - 1), 'latin1'), frame.subarray(end)]);
}
