// Where a repeating group ends is not visible on the wire: a group is its NumInGroup field, then instances each
// starting with the delimiter tag, made of member tags only. The first tag that is not a member ends the group.

/** Member tags below this are looked up in a byte map (one load per field); larger ones in a Set. */
const MAP_TAGS = 10_000;

export interface GroupSpec {
  /** The NumInGroup field, e.g. 268 NoMDEntries. */
  readonly countTag: number;
  /** The first field of every instance, e.g. 279 MDUpdateAction in an incremental refresh. */
  readonly delimiter: number;
  /** Every tag an instance may hold (the delimiter and nested groups' fields included). */
  readonly members: ReadonlySet<number>;
  /** members as a byte map over tags below 10,000, for the scan. */
  readonly memberMap: Uint8Array;
}

export function groupSpec(countTag: number, delimiter: number, members: readonly number[]): GroupSpec {
  const set = new Set(members);
  set.add(delimiter);
  const memberMap = new Uint8Array(MAP_TAGS);
  for (const t of set) if (t < MAP_TAGS) memberMap[t] = 1;
  return { countTag, delimiter, members: set, memberMap };
}

export function isMember(spec: GroupSpec, tag: number): boolean {
  return tag < MAP_TAGS ? spec.memberMap[tag] === 1 : spec.members.has(tag);
}
