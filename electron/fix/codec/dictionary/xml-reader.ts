// A small, strict reader for the XML subset QuickFIX data dictionaries use: elements, attributes in single or
// double quotes, self-closing tags, comments, the XML declaration and the five predefined entities (plus numeric
// character references). Anything else (DOCTYPE, CDATA, processing instructions, text content) is an error that
// names the line, so a malformed dictionary fails at load instead of validating messages wrongly.

export interface XmlElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** 1-based line of the element's start tag. */
  readonly line: number;
}

export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class Reader {
  private pos = 0;
  private lineAtPos = 1;
  private lineCounted = 0;

  constructor(
    private readonly text: string,
    private readonly source: string,
  ) {}

  line(at = this.pos): number {
    if (at < this.lineCounted) {
      let line = 1;
      for (let i = 0; i < at; i++) if (this.text.charCodeAt(i) === 10) line++;
      return line;
    }
    for (let i = this.lineCounted; i < at; i++) if (this.text.charCodeAt(i) === 10) this.lineAtPos++;
    this.lineCounted = Math.max(this.lineCounted, at);
    return this.lineAtPos;
  }

  error(message: string, at = this.pos): never {
    const line = this.line(at);
    throw new XmlError(`${this.source} line ${line}: ${message}`, line);
  }

  document(): XmlElement {
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    if (this.text.startsWith('<?xml', this.pos)) {
      const end = this.text.indexOf('?>', this.pos);
      if (end < 0) this.error('unterminated XML declaration');
      this.pos = end + 2;
    }
    this.misc();
    if (this.text[this.pos] !== '<') this.error('expected the root element');
    const root = this.element();
    this.misc();
    if (this.pos < this.text.length) this.error('content after the root element');
    return root;
  }

  /** Whitespace and comments between elements. */
  private misc(): void {
    for (;;) {
      while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
      if (!this.text.startsWith('<!--', this.pos)) return;
      const end = this.text.indexOf('-->', this.pos + 4);
      if (end < 0) this.error('unterminated comment');
      if (this.text.slice(this.pos + 4, end).includes('--')) this.error("'--' inside a comment");
      this.pos = end + 3;
    }
  }

  private name(what: string): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.text);
    if (m === null) this.error(`expected ${what}`);
    this.pos = NAME.lastIndex;
    return m[0];
  }

  private element(): XmlElement {
    const start = this.pos;
    const line = this.line(start);
    this.pos++;
    if (this.text.startsWith('!DOCTYPE', this.pos)) this.error('DOCTYPE is not supported');
    if (this.text.startsWith('![CDATA[', this.pos)) this.error('CDATA is not supported');
    if (this.text[this.pos] === '?') this.error('processing instructions are not supported');
    const name = this.name('an element name');
    const attrs = new Map<string, string>();
    for (;;) {
      const hadSpace = this.skipSpace();
      const c = this.text[this.pos];
      if (c === '/' || c === '>') break;
      if (c === undefined) this.error(`unterminated start tag <${name}>`, start);
      if (!hadSpace) this.error(`expected whitespace before attribute in <${name}>`);
      const attr = this.name('an attribute name');
      if (attrs.has(attr)) this.error(`attribute '${attr}' repeated in <${name}>`);
      this.skipSpace();
      if (this.text[this.pos] !== '=') this.error(`expected '=' after attribute '${attr}'`);
      this.pos++;
      this.skipSpace();
      attrs.set(attr, this.quoted(attr));
    }
    if (this.text[this.pos] === '/') {
      if (this.text[this.pos + 1] !== '>') this.error(`expected '/>' to close <${name}>`);
      this.pos += 2;
      return { name, attrs, children: [], line };
    }
    this.pos++;
    const children: XmlElement[] = [];
    for (;;) {
      this.misc();
      if (this.pos >= this.text.length) this.error(`<${name}> is never closed`, start);
      if (this.text[this.pos] !== '<') this.error(`unexpected text in <${name}>`);
      if (this.text[this.pos + 1] === '/') break;
      children.push(this.element());
    }
    this.pos += 2;
    const closing = this.name('a closing tag name');
    if (closing !== name) this.error(`</${closing}> closes <${name}> from line ${line}`);
    this.skipSpace();
    if (this.text[this.pos] !== '>') this.error(`expected '>' after </${closing}`);
    this.pos++;
    return { name, attrs, children, line };
  }

  private skipSpace(): boolean {
    const from = this.pos;
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
    return this.pos > from;
  }

  private quoted(attr: string): string {
    const q = this.text[this.pos];
    if (q !== '"' && q !== "'") this.error(`value of '${attr}' must be quoted`);
    const end = this.text.indexOf(q, this.pos + 1);
    if (end < 0) this.error(`unterminated value of '${attr}'`);
    const raw = this.text.slice(this.pos + 1, end);
    if (raw.includes('<')) this.error(`'<' in the value of '${attr}'`);
    const value = raw.includes('&') ? this.entities(raw, this.pos + 1) : raw;
    this.pos = end + 1;
    return value;
  }

  private entities(raw: string, at: number): string {
    return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string, offset: number) => {
      if (!whole.endsWith(';')) this.error(`'&' not followed by an entity reference`, at + offset);
      const named = ENTITIES[ref];
      if (named !== undefined) return named;
      const code = /^#x[0-9a-fA-F]+$/.test(ref)
        ? parseInt(ref.slice(2), 16)
        : /^#[0-9]+$/.test(ref)
          ? parseInt(ref.slice(1), 10)
          : NaN;
      if (!Number.isInteger(code) || code > 0x10ffff) this.error(`unknown entity '&${ref};'`, at + offset);
      return String.fromCodePoint(code);
    });
  }
}

/** Parse a whole document and return its root element. `source` names the file in error messages. */
export function parseXml(text: string, source = 'XML'): XmlElement {
  return new Reader(text, source).document();
}
