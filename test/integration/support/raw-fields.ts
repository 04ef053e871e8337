// A raw FIX message as tag -> value (first occurrence), for assertions on what went over the wire.
export function parseRaw(raw: Buffer): Map<number, string> {
  const out = new Map<number, string>();
  for (const field of raw.toString('latin1').split('\x01')) {
    const eq = field.indexOf('=');
    if (eq < 1) continue;
    const tag = Number(field.slice(0, eq));
    if (!out.has(tag)) out.set(tag, field.slice(eq + 1));
  }
  return out;
}
