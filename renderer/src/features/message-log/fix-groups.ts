// Repeating groups of FIX 4.4 as the workstation's dictionary defines them (electron/fix/codec/dictionary, the
// messages it knows and Kraken's additions): count tag → the tags one instance may hold directly. Where a group
// ends is not visible on the wire (group-spec.ts says why), and DictionaryView carries names and enums only, so the
// inspector keeps this table to indent groups. A count tag missing here still indents: its instances are learnt
// from the message itself (fix-structure.ts).
const GROUPS: readonly (readonly [number, readonly number[]])[] = [
  [33, [58, 354, 355]], // NoLinesOfText
  [78, [79, 80]], // NoAllocs
  [136, [137, 138, 139, 891]], // NoMiscFees
  [
    146, // NoRelatedSym (Instrument, SecurityList extras, Text)
    [
      55, 65, 48, 22, 454, 460, 461, 167, 762, 200, 541, 201, 470, 202, 947, 206, 231, 207, 106, 107, 667, 15, 561, 562,
      5010, 5011, 5012, 5013, 2349, 5022, 5032, 336, 625, 827, 58, 354, 355,
    ],
  ],
  [215, [216, 217]], // NoRoutingIDs
  [267, [269]], // NoMDEntryTypes
  [
    268, // NoMDEntries (snapshot and incremental entries)
    [
      269, 278, 270, 15, 271, 272, 273, 274, 275, 336, 625, 276, 277, 282, 283, 284, 286, 59, 432, 126, 110, 18, 37,
      346, 290, 546, 811, 58, 354, 355, 5060, 5273, 279, 285, 280, 55, 65, 48, 22, 454, 460, 461, 167, 762, 200, 541,
      201, 470, 202, 947, 206, 231, 207, 106, 107, 667, 451, 40, 2446, 5041,
    ],
  ],
  [384, [372, 385]], // NoMsgTypes
  [386, [336, 625]], // NoTradingSessions
  [453, [448, 447, 452, 802]], // NoPartyIDs
  [454, [455, 456]], // NoSecurityAltID
  [534, [41, 535, 536]], // NoAffectedOrders
  [627, [628, 629, 630]], // NoHops
  [802, [523, 803]], // NoPartySubIDs
  [816, [817]], // NoAltMDSource
];

export const KNOWN_GROUP_MEMBERS: ReadonlyMap<number, ReadonlySet<number>> = new Map(
  GROUPS.map(([count, members]) => [count, new Set(members)]),
);

/** Fields that close every open group: the trailer. */
export const NEVER_IN_GROUP: ReadonlySet<number> = new Set([10, 89, 93]);

/** A NumInGroup field: one the table knows, or a field named No<Something> (the FIX convention for counts). */
export function isCountTag(tag: number, name: string | undefined): boolean {
  return KNOWN_GROUP_MEMBERS.has(tag) || (name !== undefined && /^No[A-Z]/.test(name));
}
