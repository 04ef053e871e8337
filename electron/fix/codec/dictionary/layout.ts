// Turns member lists into the tables the validator walks: per level a tag → position map, the required tags and
// the groups by count tag; per message the allowed and required tag sets and the codec GroupSpecs.
import { groupSpec, type GroupSpec } from '../group-spec.js';
import type { GroupDef, GroupLayout, LevelLayout, Member, MessageDef, MessageLayout } from './types.js';

/**
 * What layouts are built from: the dense field index (tag → 0..n-1, for the per-level slot arrays) and a cache
 * that shares one GroupSpec (each holds a 10 KB member map) between identical groups of different messages.
 */
export class LayoutContext {
  private readonly specs = new Map<string, GroupSpec>();

  constructor(
    readonly denseIndex: ReadonlyMap<number, number>,
    readonly fieldCount: number,
  ) {}

  spec(def: GroupDef): GroupSpec {
    const tags = flattenTags(def.members);
    const key = `${def.countTag}:${tags.join(',')}`;
    let spec = this.specs.get(key);
    if (spec === undefined) {
      spec = groupSpec(def.countTag, def.delimiter, tags);
      this.specs.set(key, spec);
    }
    return spec;
  }
}

/** Every tag inside these members: fields, group count tags, and everything in nested groups. */
export function flattenTags(members: readonly Member[], out: number[] = []): number[] {
  for (const m of members) {
    if (m.kind === 'field') out.push(m.tag);
    else {
      out.push(m.countTag);
      flattenTags(m.members, out);
    }
  }
  return out;
}

export function levelLayout(members: readonly Member[], ctx: LayoutContext): LevelLayout {
  const position = new Map<number, number>();
  const required: number[] = [];
  const groups = new Map<number, GroupLayout>();
  const slots = new Int16Array(ctx.fieldCount).fill(-1);
  const groupAt: Array<GroupLayout | undefined> = new Array<GroupLayout | undefined>(members.length).fill(undefined);
  members.forEach((m, i) => {
    const tag = m.kind === 'field' ? m.tag : m.countTag;
    position.set(tag, i);
    slots[ctx.denseIndex.get(tag)!] = i;
    if (m.required) required.push(tag);
    if (m.kind === 'group') {
      const g = groupLayout(m, ctx);
      groups.set(m.countTag, g);
      groupAt[i] = g;
    }
  });
  return { position, slots, groupAt, required: Int32Array.from(required), groups };
}

function groupLayout(def: GroupDef, ctx: LayoutContext): GroupLayout {
  const level = levelLayout(def.members, ctx);
  // The delimiter starts every instance, so it is present in each one whatever the dictionary says.
  const required = level.required.includes(def.delimiter)
    ? level.required
    : Int32Array.from([def.delimiter, ...level.required]);
  return { ...level, required, def, spec: ctx.spec(def) };
}

function collectGroups(level: LevelLayout, specs: Map<number, GroupSpec>, owner: Map<number, number>): void {
  for (const [countTag, g] of level.groups) {
    if (!specs.has(countTag)) specs.set(countTag, g.spec);
    for (const tag of g.position.keys()) if (!owner.has(tag)) owner.set(tag, countTag);
    collectGroups(g, specs, owner);
  }
}

export function messageLayout(
  def: MessageDef,
  header: LevelLayout,
  trailer: LevelLayout,
  headerTags: readonly number[],
  trailerTags: readonly number[],
  ctx: LayoutContext,
): MessageLayout {
  const body = levelLayout(def.members, ctx);
  const requiredTags = new Set<number>([...header.required, ...body.required, ...trailer.required]);
  const allowedTags = new Set<number>([...headerTags, ...flattenTags(def.members), ...trailerTags]);
  const groupSpecs = new Map<number, GroupSpec>();
  const groupOf = new Map<number, number>();
  collectGroups(header, groupSpecs, groupOf);
  collectGroups(body, groupSpecs, groupOf);
  collectGroups(trailer, groupSpecs, groupOf);
  const requiredList = Int32Array.from(requiredTags);
  return { def, body, requiredTags, requiredList, allowedTags, groupSpecs, groupOf };
}
