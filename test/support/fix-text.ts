import { FixEncoder } from '../../electron/fix/codec/index.js';

/** A complete, correctly framed message from readable fields ("35=D|49=A|…", '|' for SOH, no 8/9/10). */
export function frame(fields: string, beginString = 'FIX.4.4'): Buffer {
  const enc = new FixEncoder(beginString);
  const parts = fields.split('|').filter((f) => f.length > 0);
  const first = parts.shift();
  if (first === undefined || !first.startsWith('35=')) throw new Error('fields must start with 35=');
  enc.begin(first.slice(3));
  for (const part of parts) {
    const eq = part.indexOf('=');
    const tag = Number(part.slice(0, eq));
    if (tag === 0) enc.bytes(Buffer.from(`${part}\x01`, 'latin1'));
    else enc.str(tag, part.slice(eq + 1));
  }
  return Buffer.from(enc.finish());
}

/** Independent CheckSum for assertions: sum of bytes before "10=" mod 256, as three digits. */
export function checksumOf(raw: Buffer): string {
  const trailer = raw.lastIndexOf('\x0110=') + 1;
  let sum = 0;
  for (let i = 0; i < trailer; i++) sum += raw[i]!;
  return String(sum & 255).padStart(3, '0');
}
