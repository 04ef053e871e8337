// Test helper: a dictionary as plain data, for deep equality across a round trip.
import type { Dictionary, Member } from '../../../electron/fix/codec/dictionary/types.js';

type MemberShape = { field: number; required: boolean } | { group: number; required: boolean; members: MemberShape[] };

function members(list: readonly Member[]): MemberShape[] {
  return list.map((m) =>
    m.kind === 'field'
      ? { field: m.tag, required: m.required }
      : { group: m.countTag, required: m.required, members: members(m.members) },
  );
}

export function dictionaryShape(dict: Dictionary): unknown {
  return {
    beginString: dict.beginString,
    fields: [...dict.fields.values()]
      .sort((a, b) => a.tag - b.tag)
      .map((f) => ({ tag: f.tag, name: f.name, type: f.type, enums: [...(f.enums ?? [])] })),
    header: members(dict.header),
    trailer: members(dict.trailer),
    messages: [...dict.messages.values()].map((m) => ({
      msgType: m.msgType,
      name: m.name,
      category: m.category,
      members: members(m.members),
    })),
  };
}
