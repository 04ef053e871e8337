// Turns member lists into the tables the validator walks: per level a tag → position map, the required tags and
// the groups by count tag; per message the allowed and required tag sets and the codec GroupSpecs.
import { groupSpec, type GroupSpec } from '../group-spec.js';
import type { GroupDef, GroupLayout, LevelLayout, Member, MessageDef, MessageLayout } from './types.js';

/** Shares one GroupSpec (each holds a 10 KB member map) between identical groups of different messages. */
export class GroupSpecCache {
  private readonly specs = new Map<string, GroupSpec>();

  get(def: GroupDef): GroupSpec {
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

export function levelLayout(members: readonly Member[], specs: GroupSpecCache): LevelLayout {
  const position = new Map<number, number>();
  const required: number[] = [];
  const groups = new Map<number, GroupLayout>();
  members.forEach((m, i) => {
    const tag = m.kind === 'field' ? m.tag : m.countTag;
    position.set(tag, i);
    if (m.required) required.push(tag);
    if (m.kind === 'group') groups.set(m.countTag, groupLayout(m, specs));
  });
  return { position, required: Int32Array.from(required), groups };
}

function groupLayout(def: GroupDef, specs: GroupSpecCache): GroupLayout {
  const level = levelLayout(def.members, specs);
  // The delimiter starts every instance, so it is present in each one whatever the dictionary says.
  const required = level.required.includes(def.delimiter)
    ? level.required
    : Int32Array.from([def.delimiter, ...level.required]);
  return { ...level, required, def, spec: specs.get(def) };
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
  specs: GroupSpecCache,
): MessageLayout {
  const body = levelLayout(def.members, specs);
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
