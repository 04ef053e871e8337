// FIX data dictionaries: the built-in FIX 4.4 + Kraken dictionary, QuickFIX XML in and out, validation, names.
export type {
  Dictionary,
  DictionarySource,
  FieldDef,
  FieldInfo,
  FieldRef,
  FieldType,
  GroupDef,
  GroupLayout,
  LevelLayout,
  Member,
  MessageCategory,
  MessageDef,
  MessageLayout,
} from './types.js';
export { FIELD_TYPES } from './types.js';
export { buildDictionary, DictionaryError } from './build.js';
export { field, members, type MessageSpec } from './define.js';
export { fix44 } from './fix44.js';
export { loadQuickFixXml, toQuickFixXml, type QuickFixXmlOptions } from './quickfix-xml.js';
export { parseXml, XmlError, type XmlElement } from './xml-reader.js';
export { validate, type ValidateOptions, type ValidationFailure } from './validate.js';
export { SessionRejectReason, BusinessRejectReason } from './reject-reasons.js';
export {
  SECRET_VALUE_TAGS,
  describeMessage,
  enumLabel,
  nameField,
  nameFields,
  tagName,
  type NamedField,
} from './tag-names.js';
