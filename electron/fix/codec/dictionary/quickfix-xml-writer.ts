// Writes a Dictionary as a QuickFIX-format XML data dictionary, so the QuickFIX C++ peer used in the interop tests
// validates with exactly our dictionary. Components are not reconstructed: every message lists its members
// inline (groups nested), which QuickFIX reads the same way.
import type { Dictionary, Member } from './types.js';

function escape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function yn(required: boolean): string {
  return required ? 'Y' : 'N';
}

function writeMembers(dict: Dictionary, members: readonly Member[], indent: string, out: string[]): void {
  for (const m of members) {
    if (m.kind === 'field') {
      out.push(`${indent}<field name="${escape(dict.tagName(m.tag))}" required="${yn(m.required)}"/>`);
      continue;
    }
    out.push(`${indent}<group name="${escape(dict.tagName(m.countTag))}" required="${yn(m.required)}">`);
    writeMembers(dict, m.members, `${indent} `, out);
    out.push(`${indent}</group>`);
  }
}

function versionOf(beginString: string): { type: string; major: string; minor: string } {
  const m = /^([A-Z]+)\.(\d+)\.(\d+)$/.exec(beginString);
  if (m === null) throw new RangeError(`BeginString '${beginString}' is not of the form FIX.4.4`);
  return { type: m[1]!, major: m[2]!, minor: m[3]! };
}

/** The dictionary as QuickFIX XML text (UTF-8, one element per line). */
export function toQuickFixXml(dict: Dictionary): string {
  const { type, major, minor } = versionOf(dict.beginString);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<fix type="${type}" major="${major}" minor="${minor}" servicepack="0">`,
    ' <header>',
  ];
  writeMembers(dict, dict.header, '  ', out);
  out.push(' </header>', ' <messages>');
  for (const msg of dict.messages.values()) {
    const attrs = `name="${escape(msg.name)}" msgtype="${escape(msg.msgType)}" msgcat="${msg.category}"`;
    out.push(`  <message ${attrs}>`);
    writeMembers(dict, msg.members, '   ', out);
    out.push('  </message>');
  }
  out.push(' </messages>', ' <trailer>');
  writeMembers(dict, dict.trailer, '  ', out);
  out.push(' </trailer>', ' <components/>', ' <fields>');
  for (const f of [...dict.fields.values()].sort((a, b) => a.tag - b.tag)) {
    const head = `  <field number="${f.tag}" name="${escape(f.name)}" type="${f.type}"`;
    if (f.enums === undefined || f.enums.size === 0) {
      out.push(`${head}/>`);
      continue;
    }
    out.push(`${head}>`);
    for (const [value, label] of f.enums) {
      out.push(`   <value enum="${escape(value)}" description="${escape(label)}"/>`);
    }
    out.push('  </field>');
  }
  out.push(' </fields>', '</fix>', '');
  return out.join('\n');
}
