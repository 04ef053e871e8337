// Where a repeating group ends is not visible on the wire: a group is its NumInGroup field, then instances each
// starting with the delimiter tag, made of member tags only. The first tag that is not a member ends the group.

export interface GroupSpec {
  /** The NumInGroup field, e.g. 268 NoMDEntries. */
  readonly countTag: number;
  /** The first field of every instance, e.g. 279 MDUpdateAction in an incremental refresh. */
  readonly delimiter: number;
  /** Every tag an instance may hold (the delimiter and nested groups' fields included). */
  readonly members: ReadonlySet<number>;
}

export function groupSpec(countTag: number, delimiter: number, members: readonly number[]): GroupSpec {
  const set = new Set(members);
  set.add(delimiter);
  return { countTag, delimiter, members: set };
}
