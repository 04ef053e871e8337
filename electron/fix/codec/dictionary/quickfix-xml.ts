// Loads a QuickFIX-format data dictionary (FIX44.xml and friends) into our Dictionary, so a firm can drop in its
// own file. Components are expanded where they are used (recursively, also inside groups); a field inside a
// component is required only if the component is required where it is used (QuickFIX's rule).
// The reverse direction, toQuickFixXml, lives in quickfix-xml-writer.ts and is re-exported here.
import { buildDictionary, DictionaryError } from './build.js';
import { FIELD_TYPES, type Dictionary, type FieldDef, type FieldType, type Member, type MessageDef } from './types.js';
import { parseXml, XmlError, type XmlElement } from './xml-reader.js';

export { toQuickFixXml } from './quickfix-xml-writer.js';

const KNOWN_TYPES: ReadonlySet<string> = new Set(FIELD_TYPES);

export interface QuickFixXmlOptions {
  /** Name of the file for error messages (default 'QuickFIX XML'). */
  readonly source?: string;
}

class Loader {
  private readonly byName = new Map<string, FieldDef>();
  private readonly components = new Map<string, XmlElement>();

  constructor(private readonly source: string) {}

  error(el: XmlElement, message: string): never {
    throw new XmlError(`${this.source} line ${el.line}: ${message}`, el.line);
  }

  attr(el: XmlElement, name: string): string {
    const v = el.attrs.get(name);
    if (v === undefined || v === '') this.error(el, `<${el.name}> needs a '${name}' attribute`);
    return v;
  }

  required(el: XmlElement): boolean {
    const v = el.attrs.get('required') ?? 'N';
    if (v !== 'Y' && v !== 'N') this.error(el, `required='${v}' must be Y or N`);
    return v === 'Y';
  }

  load(root: XmlElement): Dictionary {
    if (root.name !== 'fix') this.error(root, `root element is <${root.name}>, expected <fix>`);
    const sections = new Map<string, XmlElement>();
    for (const child of root.children) {
      if (!['header', 'trailer', 'messages', 'components', 'fields'].includes(child.name)) {
        this.error(child, `unexpected <${child.name}> in <fix>`);
      }
      if (sections.has(child.name)) this.error(child, `<${child.name}> appears twice`);
      sections.set(child.name, child);
    }
    const section = (name: string): XmlElement => sections.get(name) ?? this.error(root, `<fix> has no <${name}>`);
    const fields = this.fields(section('fields'));
    for (const c of sections.get('components')?.children ?? []) {
      if (c.name !== 'component') this.error(c, `unexpected <${c.name}> in <components>`);
      const name = this.attr(c, 'name');
      if (this.components.has(name)) this.error(c, `component '${name}' is defined twice`);
      this.components.set(name, c);
    }
    const messages: MessageDef[] = section('messages').children.map((m) => this.message(m));
    const type = root.attrs.get('type') ?? 'FIX';
    const major = this.attr(root, 'major');
    const minor = this.attr(root, 'minor');
    try {
      return buildDictionary({
        beginString: `${type}.${major}.${minor}`,
        fields,
        header: this.members(section('header'), true, []),
        trailer: this.members(section('trailer'), true, []),
        messages,
      });
    } catch (e) {
      if (e instanceof DictionaryError) throw new DictionaryError(`${this.source}: ${e.message}`);
      throw e;
    }
  }

  private fields(section: XmlElement): FieldDef[] {
    const out: FieldDef[] = [];
    const tags = new Set<number>();
    for (const f of section.children) {
      if (f.name !== 'field') this.error(f, `unexpected <${f.name}> in <fields>`);
      const number = this.attr(f, 'number');
      const tag = /^[1-9][0-9]{0,8}$/.test(number) ? Number(number) : NaN;
      if (Number.isNaN(tag)) this.error(f, `field number '${number}' is not a positive integer`);
      const name = this.attr(f, 'name');
      const type = this.attr(f, 'type').toUpperCase();
      if (!KNOWN_TYPES.has(type)) this.error(f, `field ${tag} (${name}) has unknown type '${type}'`);
      if (tags.has(tag) || this.byName.has(name)) this.error(f, `field ${tag} (${name}) is defined twice`);
      const enums = new Map<string, string>();
      for (const v of f.children) {
        if (v.name !== 'value') this.error(v, `unexpected <${v.name}> in field ${name}`);
        const value = v.attrs.get('enum');
        if (value === undefined || value === '') this.error(v, `<value> in field ${name} needs an 'enum' attribute`);
        if (enums.has(value)) this.error(v, `enum value '${value}' repeated in field ${name}`);
        enums.set(value, v.attrs.get('description') ?? value);
      }
      const def: FieldDef =
        enums.size > 0 ? { tag, name, type: type as FieldType, enums } : { tag, name, type: type as FieldType };
      tags.add(tag);
      this.byName.set(name, def);
      out.push(def);
    }
    return out;
  }

  private message(m: XmlElement): MessageDef {
    if (m.name !== 'message') this.error(m, `unexpected <${m.name}> in <messages>`);
    const category = m.attrs.get('msgcat') ?? 'app';
    if (category !== 'admin' && category !== 'app') this.error(m, `msgcat='${category}' must be admin or app`);
    return {
      msgType: this.attr(m, 'msgtype'),
      name: this.attr(m, 'name'),
      category,
      members: this.members(m, true, []),
    };
  }

  /** Members of a message, header, trailer, group or component; `required` is the enclosing component's flag. */
  private members(
    parent: XmlElement,
    required: boolean,
    using: string[],
    out: Member[] = [],
    seen = new Set<number>(),
  ): Member[] {
    for (const el of parent.children) {
      if (el.name === 'component') {
        const name = this.attr(el, 'name');
        const def = this.components.get(name) ?? this.error(el, `component '${name}' is not defined`);
        if (using.includes(name))
          this.error(el, `component '${name}' includes itself (${[...using, name].join(' > ')})`);
        this.members(def, required && this.required(el), [...using, name], out, seen);
        continue;
      }
      if (el.name !== 'field' && el.name !== 'group') this.error(el, `unexpected <${el.name}> in <${parent.name}>`);
      const name = this.attr(el, 'name');
      const field = this.byName.get(name) ?? this.error(el, `'${name}' is not a field defined in <fields>`);
      if (seen.has(field.tag)) this.error(el, `'${name}' appears twice in <${parent.name}>`);
      seen.add(field.tag);
      const isRequired = required && this.required(el);
      if (el.name === 'field') {
        out.push({ kind: 'field', tag: field.tag, required: isRequired });
        continue;
      }
      // Inside an instance, members' own flags apply: an instance is complete or it is not there.
      const inner = this.members(el, true, using);
      const first = inner[0] ?? this.error(el, `group '${name}' has no members`);
      const delimiter = first.kind === 'field' ? first.tag : first.countTag;
      out.push({ kind: 'group', countTag: field.tag, delimiter, members: inner, required: isRequired });
    }
    return out;
  }
}

/** Parse a QuickFIX XML data dictionary. Throws XmlError / DictionaryError naming the line or definition. */
export function loadQuickFixXml(xml: string, options: QuickFixXmlOptions = {}): Dictionary {
  const source = options.source ?? 'QuickFIX XML';
  return new Loader(source).load(parseXml(xml, source));
}
