// shownText() and shownLines() return text holding none of the characters they escape as it is,
// found by one regular expression: for every UTF-16 code unit, alone and between letters, they give
// what the character-by-character rule gives (written out here as the doc comment of unshown() says).
import { describe, expect, it } from 'vitest';
import { shownLines, shownText } from '../../src/messages/shown.js';

/** The characters shown as escapes: C0, DEL and C1 controls, the separators, the bidi marks. */
function escaped(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

describe('shownText() and shownLines() on every code unit', () => {
  it('shownText() leaves a character as it is exactly when the rule does not escape it, and shownLines() also keeps the line feed', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if ((shownText(text) !== text) !== escaped(code)) wrong.push(code);
      const kept = code === 10 || !escaped(code);
      if ((shownLines(text) === text) !== kept) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('shownLines() escapes within each line and keeps the lines', () => {
    expect(shownLines('{\n  "name": "a\u009bb\u202e"\n}')).toBe('{\n  "name": "a\\u009bb\\u202e"\n}');
    expect(shownLines('one\ttwo\nthree')).toBe('one\\ttwo\nthree');
  });
});
