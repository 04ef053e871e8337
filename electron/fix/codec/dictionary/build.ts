// Checks a dictionary source for consistency and precomputes its lookups. Both the built-in FIX 4.4 dictionary
// and QuickFIX XML files come through here, so a broken definition fails at load with a message naming it.
import type { GroupSpec } from '../group-spec.js';
import { formatOf } from './field-format.js';
import { flattenTags, LayoutContext, levelLayout, messageLayout } from './layout.js';
import {
  FIELD_TYPES,
  type Dictionary,
  type DictionarySource,
  type FieldDef,
  type FieldInfo,
  type LevelLayout,
  type Member,
  type MessageDef,
  type MessageLayout,
} from './types.js';

/** Tags below this are looked up in an array; larger ones (rare) in a map. */
const ARRAY_TAGS = 65_536;
const KNOWN_TYPES: ReadonlySet<string> = new Set(FIELD_TYPES);

export class DictionaryError extends Error {
  override readonly name = 'DictionaryError';
}

function checkFields(fields: readonly FieldDef[]): void {
  const tags = new Set<number>();
  const names = new Set<string>();
  for (const f of fields) {
    if (!Number.isSafeInteger(f.tag) || f.tag <= 0) throw new DictionaryError(`field '${f.name}': bad tag ${f.tag}`);
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(f.name)) throw new DictionaryError(`field ${f.tag}: bad name '${f.name}'`);
    if (!KNOWN_TYPES.has(f.type)) throw new DictionaryError(`field ${f.tag} (${f.name}): unknown type '${f.type}'`);
    if (tags.has(f.tag)) throw new DictionaryError(`field tag ${f.tag} is defined twice`);
    if (names.has(f.name)) throw new DictionaryError(`field name '${f.name}' is defined twice`);
    tags.add(f.tag);
    names.add(f.name);
  }
}

function checkMembers(where: string, members: readonly Member[], fields: ReadonlyMap<number, FieldDef>): void {
  const seen = new Set<number>();
  for (const m of members) {
    const tag = m.kind === 'field' ? m.tag : m.countTag;
    if (!fields.has(tag)) throw new DictionaryError(`${where}: tag ${tag} is not a defined field`);
    if (seen.has(tag)) throw new DictionaryError(`${where}: tag ${tag} appears twice`);
    seen.add(tag);
    if (m.kind === 'group') {
      const inner = `${where} > group ${tag}`;
      const first = m.members[0];
      if (first === undefined) throw new DictionaryError(`${inner}: a group needs at least one member`);
      const firstTag = first.kind === 'field' ? first.tag : first.countTag;
      if (firstTag !== m.delimiter) {
        throw new DictionaryError(`${inner}: delimiter ${m.delimiter} is not the first member (${firstTag})`);
      }
      checkMembers(inner, m.members, fields);
    }
  }
}

function byteMap(values: ReadonlySet<string>): Uint8Array {
  const map = new Uint8Array(256);
  for (const v of values) if (v.length === 1 && v.charCodeAt(0) < 256) map[v.charCodeAt(0)] = 1;
  return map;
}

class BuiltDictionary implements Dictionary {
  readonly beginString: string;
  readonly fields: ReadonlyMap<number, FieldDef>;
  readonly fieldsByName: ReadonlyMap<string, FieldDef>;
  readonly messages: ReadonlyMap<string, MessageDef>;
  readonly header: readonly Member[];
  readonly trailer: readonly Member[];
  readonly headerLayout: LevelLayout;
  readonly trailerLayout: LevelLayout;
  readonly layouts: ReadonlyMap<string, MessageLayout>;
  readonly maxTag: number;
  private readonly infoArray: Array<FieldInfo | undefined>;
  private readonly infoMap = new Map<number, FieldInfo>();

  constructor(src: DictionarySource) {
    checkFields(src.fields);
    this.beginString = src.beginString;
    this.fields = new Map(src.fields.map((f) => [f.tag, f]));
    this.fieldsByName = new Map(src.fields.map((f) => [f.name, f]));
    this.header = src.header;
    this.trailer = src.trailer;
    checkMembers('header', src.header, this.fields);
    checkMembers('trailer', src.trailer, this.fields);
    const headerTags = flattenTags(src.header);
    const trailerTags = flattenTags(src.trailer);
    const envelope = new Set([...headerTags, ...trailerTags]);
    const messages = new Map<string, MessageDef>();
    for (const m of src.messages) {
      const where = `message ${m.msgType} (${m.name})`;
      if (m.msgType === '' || messages.has(m.msgType)) throw new DictionaryError(`${where}: MsgType empty or repeated`);
      checkMembers(where, m.members, this.fields);
      for (const t of flattenTags(m.members)) {
        if (envelope.has(t)) throw new DictionaryError(`${where}: header/trailer tag ${t} inside the body`);
      }
      messages.set(m.msgType, m);
    }
    this.messages = messages;

    const byTag = [...src.fields].sort((a, b) => a.tag - b.tag);
    const dense = new Map(byTag.map((f, i) => [f.tag, i]));
    const specs = new LayoutContext(dense, byTag.length);
    this.headerLayout = levelLayout(src.header, specs);
    this.trailerLayout = levelLayout(src.trailer, specs);
    const layouts = new Map<string, MessageLayout>();
    for (const m of src.messages) {
      layouts.set(m.msgType, messageLayout(m, this.headerLayout, this.trailerLayout, headerTags, trailerTags, specs));
    }
    this.layouts = layouts;

    this.maxTag = src.fields.reduce((max, f) => Math.max(max, f.tag), 0);
    this.infoArray = new Array<FieldInfo | undefined>(Math.min(this.maxTag, ARRAY_TAGS - 1) + 1).fill(undefined);
    const headerSet = new Set(headerTags);
    const trailerSet = new Set(trailerTags);
    for (const def of src.fields) {
      const enumValues = def.enums !== undefined && def.enums.size > 0 ? new Set(def.enums.keys()) : null;
      const info: FieldInfo = {
        def,
        index: dense.get(def.tag)!,
        format: formatOf(def.type),
        enumValues,
        enumBytes: enumValues === null ? null : byteMap(enumValues),
        section: headerSet.has(def.tag) ? 1 : trailerSet.has(def.tag) ? 2 : 0,
      };
      if (def.tag < ARRAY_TAGS) this.infoArray[def.tag] = info;
      else this.infoMap.set(def.tag, info);
    }
  }

  info(tag: number): FieldInfo | undefined {
    return tag < ARRAY_TAGS ? this.infoArray[tag] : this.infoMap.get(tag);
  }

  tagName(tag: number): string {
    return this.fields.get(tag)?.name ?? String(tag);
  }

  enumLabel(tag: number, value: string): string | undefined {
    return this.fields.get(tag)?.enums?.get(value);
  }

  groupSpec(msgType: string, countTag: number): GroupSpec | undefined {
    return this.layouts.get(msgType)?.groupSpecs.get(countTag);
  }
}

/** Check a dictionary source and precompute its lookups. Throws DictionaryError naming the broken definition. */
export function buildDictionary(src: DictionarySource): Dictionary {
  return new BuiltDictionary(src);
}
