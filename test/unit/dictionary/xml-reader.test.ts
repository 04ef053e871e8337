import { describe, expect, it } from 'vitest';
import { parseXml, XmlError } from '../../../electron/fix/codec/dictionary/xml-reader.js';

function errorOf(text: string): XmlError {
  try {
    parseXml(text, 'dict.xml');
  } catch (e) {
    if (e instanceof XmlError) return e;
    throw e;
  }
  throw new Error('expected an XmlError');
}

describe('xml-reader', () => {
  it('reads elements, both quote styles, self-closing tags, comments and the XML declaration', () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- top -->\n<fix major='4' minor="4">\n <!-- inside -->\n` +
        ` <fields><field number='54' name='Side'/></fields>\n</fix>\n<!-- after -->\n`,
    );
    expect(root.name).toBe('fix');
    expect(root.attrs.get('major')).toBe('4');
    expect(root.attrs.get('minor')).toBe('4');
    expect(root.line).toBe(3);
    const field = root.children[0]!.children[0]!;
    expect(field.name).toBe('field');
    expect(field.line).toBe(5);
    expect([...field.attrs]).toEqual([
      ['number', '54'],
      ['name', 'Side'],
    ]);
  });

  it('decodes the five predefined entities and numeric character references in attribute values', () => {
    const root = parseXml(`<v d="a &amp; b &lt;c&gt; &quot;q&quot; &apos;s&apos; &#65;&#x42;"/>`);
    expect(root.attrs.get('d')).toBe(`a & b <c> "q" 's' AB`);
  });

  it('reads a byte-order mark and CRLF line ends', () => {
    const root = parseXml('\ufeff<a>\r\n <b/>\r\n</a>\r\n');
    expect(root.children[0]!.line).toBe(2);
  });

  it.each([
    ['an unclosed element', '<fix>\n <fields>\n</fix>', 3, '</fix> closes <fields> from line 2'],
    ['an element never closed', '<fix>\n <a/>\n', 1, '<fix> is never closed'],
    ['a DOCTYPE', '<!DOCTYPE fix>\n<fix/>', 1, 'DOCTYPE is not supported'],
    ['CDATA', '<fix>\n<![CDATA[x]]>\n</fix>', 2, 'CDATA is not supported'],
    ['an unknown entity', '<fix>\n\n <f d="&nbsp;"/>\n</fix>', 3, "unknown entity '&nbsp;'"],
    ['a bare ampersand', '<fix d="a & b"/>', 1, "'&' not followed by an entity reference"],
    ['an unquoted attribute', '<fix>\n <f d=1/>\n</fix>', 2, "value of 'd' must be quoted"],
    ['a repeated attribute', '<f a="1" a="2"/>', 1, "attribute 'a' repeated in <f>"],
    ['text content', '<fix>\n hello\n</fix>', 2, 'unexpected text in <fix>'],
    ['content after the root', '<a/>\n<b/>', 2, 'content after the root element'],
    ['a processing instruction', '<a>\n<?pi x?>\n</a>', 2, 'processing instructions are not supported'],
    ['two hyphens in a comment', '<a>\n<!-- a -- b -->\n</a>', 2, "'--' inside a comment"],
    ['attributes without whitespace between them', '<a x="1"y="2"/>', 1, 'expected whitespace before attribute in <a>'],
  ])('rejects %s with an error naming the line', (_what, text, line, message) => {
    const e = errorOf(text);
    expect(e.line).toBe(line);
    expect(e.message).toBe(`dict.xml line ${line}: ${message}`);
  });
});
