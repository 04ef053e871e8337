// Reading a settings file that must hold one JSON object. Anything else (a crash-truncated write by another tool,
// a hand edit gone wrong, an array) is moved aside and reported, and the settings start from their defaults: the
// app must start, and the user's data must survive somewhere they can find it.
import fs from 'node:fs';
import { keepAside } from './keep-aside.js';
import type { SettingsIssue } from './key-value.js';

export interface JsonObjectRead {
  /** undefined when the file does not exist or was moved aside. */
  readonly data: Record<string, unknown> | undefined;
  readonly issues: SettingsIssue[];
}

export function readJsonObjectFile(file: string, now: () => number): JsonObjectRead {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { data: undefined, issues: [] };
    throw err;
  }
  let problem: string;
  try {
    // Editors may save a byte order mark, which JSON.parse refuses.
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return { data: value as Record<string, unknown>, issues: [] };
    }
    problem = `holds ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}, not an object`;
  } catch {
    // JSON.parse's message quotes the text around the error, which may be a secret: name the file only.
    problem = 'is not valid JSON';
  }
  const keptAside = keepAside(file, now(), 'move');
  return {
    data: undefined,
    issues: [
      {
        part: 'file',
        message: `The settings file ${file} ${problem}; it was moved to ${keptAside} and the defaults are in use.`,
        keptAside,
      },
    ],
  };
}
