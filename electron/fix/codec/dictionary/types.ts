// The data dictionary model: what a FIX dialect defines (fields, messages, groups) plus the lookups the
// validator and the message inspector need, computed once when the dictionary is built. Owned by the main
// process; the session layer reads it on the hot path, so everything here is immutable after build.
import type { GroupSpec } from '../group-spec.js';

/** Every FIX data type a QuickFIX-format dictionary may name (FIX 4.0 – 5.0 SP2 spellings). */
export const FIELD_TYPES = [
  'INT',
  'LENGTH',
  'SEQNUM',
  'NUMINGROUP',
  'TAGNUM',
  'DAYOFMONTH',
  'FLOAT',
  'QTY',
  'PRICE',
  'PRICEOFFSET',
  'AMT',
  'PERCENTAGE',
  'CHAR',
  'BOOLEAN',
  'STRING',
  'MULTIPLECHARVALUE',
  'MULTIPLESTRINGVALUE',
  'MULTIPLEVALUESTRING',
  'CURRENCY',
  'EXCHANGE',
  'COUNTRY',
  'LANGUAGE',
  'UTCTIMESTAMP',
  'UTCDATEONLY',
  'UTCDATE',
  'UTCTIMEONLY',
  'LOCALMKTDATE',
  'MONTHYEAR',
  'TZTIMEONLY',
  'TZTIMESTAMP',
  'TIME',
  'DATE',
  'DATA',
  'XMLDATA',
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldDef {
  readonly tag: number;
  readonly name: string;
  readonly type: FieldType;
  /** Allowed values → label (e.g. '1' → 'BUY'). Absent: any value of the type is allowed. */
  readonly enums?: ReadonlyMap<string, string>;
}

export interface FieldRef {
  readonly kind: 'field';
  readonly tag: number;
  readonly required: boolean;
}

/** A repeating group: the NumInGroup field, then instances that each start with the delimiter. */
export interface GroupDef {
  readonly kind: 'group';
  readonly countTag: number;
  /** The first member: the tag that starts every instance. */
  readonly delimiter: number;
  /** Instance members in order; the first is the delimiter. Groups nest. */
  readonly members: readonly Member[];
  readonly required: boolean;
}

export type Member = FieldRef | GroupDef;

export type MessageCategory = 'admin' | 'app';

export interface MessageDef {
  readonly msgType: string;
  readonly name: string;
  readonly category: MessageCategory;
  /** Body members in order (components already expanded). */
  readonly members: readonly Member[];
}

/** Everything a dictionary is made from; `buildDictionary` checks it and adds the lookups. */
export interface DictionarySource {
  readonly beginString: string;
  readonly fields: readonly FieldDef[];
  readonly header: readonly Member[];
  readonly trailer: readonly Member[];
  readonly messages: readonly MessageDef[];
}

/** One scope of fields: a message body, the header, the trailer, or one instance of a group. */
export interface LevelLayout {
  /** tag → position among this level's own members (fields and group count tags). */
  readonly position: ReadonlyMap<number, number>;
  /** The same by FieldInfo.index (-1: not a member of this level), for the validator's hot path. */
  readonly slots: Int16Array;
  /** By position: the group whose count field sits there, else undefined. */
  readonly groupAt: ReadonlyArray<GroupLayout | undefined>;
  /** Tags that must appear in every occurrence of this level. */
  readonly required: Int32Array;
  /** Groups directly at this level, by count tag. */
  readonly groups: ReadonlyMap<number, GroupLayout>;
}

export interface GroupLayout extends LevelLayout {
  readonly def: GroupDef;
  /** The codec's view of the group (members flattened, nested groups included) for FixMessage.group(). */
  readonly spec: GroupSpec;
}

/** Per message type, precomputed for validation and group access. */
export interface MessageLayout {
  readonly def: MessageDef;
  readonly body: LevelLayout;
  /** Header, body and trailer tags required at the top level. */
  readonly requiredTags: ReadonlySet<number>;
  /** The same tags as an array, for iteration on the hot path. */
  readonly requiredList: Int32Array;
  /** Every tag that may appear anywhere in this message (header, trailer, body, any group depth). */
  readonly allowedTags: ReadonlySet<number>;
  /** Every group of the message at any depth, by count tag. */
  readonly groupSpecs: ReadonlyMap<number, GroupSpec>;
  /** For a tag that only appears inside groups: the count tag of the group that owns it. */
  readonly groupOf: ReadonlyMap<number, number>;
}

/** Validator-side facts about one field, derived from its FieldDef. */
export interface FieldInfo {
  readonly def: FieldDef;
  /** Dense index 0..fields-1 (the field's rank by tag), for per-level slot arrays. */
  readonly index: number;
  /** How its value is checked (see field-format.ts). */
  readonly format: number;
  /** Enum values, or null when any value of the type is allowed. */
  readonly enumValues: ReadonlySet<string> | null;
  /** Single-byte enum values as a byte map (1 = allowed), so one-character values need no string lookup. */
  readonly enumBytes: Uint8Array | null;
  /** 0 = ordinary, 1 = header, 2 = trailer. */
  readonly section: number;
}

export interface Dictionary {
  readonly beginString: string;
  readonly fields: ReadonlyMap<number, FieldDef>;
  readonly fieldsByName: ReadonlyMap<string, FieldDef>;
  readonly messages: ReadonlyMap<string, MessageDef>;
  readonly header: readonly Member[];
  readonly trailer: readonly Member[];
  readonly headerLayout: LevelLayout;
  readonly trailerLayout: LevelLayout;
  readonly layouts: ReadonlyMap<string, MessageLayout>;
  /** Largest defined tag; `info` is indexed 0..maxTag. */
  readonly maxTag: number;
  /** Field facts by tag (undefined for undefined tags). */
  info(tag: number): FieldInfo | undefined;
  /** The field's name, or the tag number as text when the dictionary does not define it. */
  tagName(tag: number): string;
  /** The label of an enum value (e.g. (54, '1') → 'BUY'), undefined when unknown. */
  enumLabel(tag: number, value: string): string | undefined;
  /** The codec GroupSpec of a group in a message (any depth), for FixMessage.group(). */
  groupSpec(msgType: string, countTag: number): GroupSpec | undefined;
}
