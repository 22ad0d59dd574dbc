// A merge part that is empty, or cut short, said "is not valid JSON (Unexpected end of JSON
// input)": JSON.parse's words for both, without the position its other errors give ("Expected ':'
// after property name in JSON at position 5"). Now the message says the file is empty (0 bytes),
// holds only white space, or ends at position N before its JSON does.
import { describe, expect, it } from 'vitest';
import { openPart } from '../../src/engine/run/part-file.js';
import { shardMessages as m } from '../../src/messages/shards.js';

const open = (text: string) => openPart(new TextEncoder().encode(text), 'p.json', () => 3);

describe('openPart() of a part with no JSON or cut short', () => {
  it.each([
    ['an empty file', '', m.partEmpty(0), 'the file is empty: 0 bytes'],
    ['white space only', ' \n\n', m.partEmpty(3), 'the file holds only white space: 3 bytes'],
    [
      'a part cut short',
      '{"version": 3, "a":',
      m.partCutShort(19),
      'it ends at position 19 before its JSON does',
    ],
  ])('says %s as such, with its position', (_, text, detail, words) => {
    const opened = open(text);
    expect(opened).toEqual({ ok: false, message: m.partNotJson('p.json', detail) });
    expect(opened.ok || opened.message).toContain(words);
    expect(opened.ok || opened.message).not.toContain('Unexpected end of JSON input');
  });
});
