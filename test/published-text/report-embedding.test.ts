// report.html embeds every chart's spec, the scenario's name in its titles, as JSON inside a
// <script> element: a name holding `</script>`, `<!--` or U+2028 must neither end that element
// early nor open a comment that swallows the page's own script, and must read back whole.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownText } from '../../src/messages/shown.js';
import { writeRunOutput } from '../../src/report/write.js';
import { FIXTURE_MANIFEST, FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const NAME = 'a </script><script>alert(1)</script> <!-- b \u2028 c \u2029 d "q" \'s\' & e';

let root: string;
let html: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'minesim-embedding-'));
  const dir = join(root, 'out');
  const summary = makeSummary({ scenario: { ...FIXTURE_SUMMARY.scenario, name: NAME, description: NAME } });
  await writeRunOutput(summary, dir, FIXTURE_MANIFEST);
  html = await readFile(join(dir, 'report.html'), 'utf8');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The <script> elements as an HTML parser cuts them: each ends at the first `</script`. */
function scripts(page: string): { attributes: string; body: string }[] {
  const found: { attributes: string; body: string }[] = [];
  const open = /<script([^>]*)>/gi;
  for (let m = open.exec(page); m !== null; m = open.exec(page)) {
    const end = page.toLowerCase().indexOf('</script', open.lastIndex);
    found.push({ attributes: m[1], body: page.slice(open.lastIndex, end) });
    open.lastIndex = end;
  }
  return found;
}

describe('report.html of a name that tries to leave its <script>', () => {
  it('has only its own script elements, none holding a comment opener or the name raw', () => {
    const all = scripts(html);
    expect(all.filter((s) => s.body.includes('alert(1)</script'))).toEqual([]);
    for (const s of all) expect(s.body.includes('<!--')).toBe(false);
    expect(html).not.toContain('<script>alert(1)');
  });

  it('embeds the specs as JSON that reads back with the name whole (its separators shown, as in the SVG)', () => {
    const specs = scripts(html).find((s) => s.attributes.includes('minesim-specs'));
    expect(specs).toBeDefined();
    expect(/[\u2028\u2029]/.test(specs!.body)).toBe(false);
    const parsed = JSON.stringify(JSON.parse(specs!.body));
    expect(parsed.includes(JSON.stringify(`Scenario ${shownText(NAME)}.`).slice(1, -1))).toBe(true);
  });

  it('shows a control character in the page’s text as its escape: HTML refuses it as a character', async () => {
    const dir = join(root, 'controls');
    const summary = makeSummary({ scenario: { ...FIXTURE_SUMMARY.scenario, name: 'a \x1b[2J b \x9b c' } });
    await writeRunOutput(summary, dir, FIXTURE_MANIFEST);
    const page = await readFile(join(dir, 'report.html'), 'utf8');
    expect(page).toContain('<h1>a \\u001b[2J b \\u009b c</h1>');
    expect([...page].filter((c) => c === '\x1b' || c === '\x9b')).toEqual([]);
  });

  it('escapes the name in the page’s text and title', () => {
    expect(html).toContain(
      '<h1>a &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- b \u2028 c \u2029 d &quot;q&quot; &#39;s&#39; &amp; e</h1>',
    );
  });
});

describe('summary.json of a name with a C1 control and a bidi override', () => {
  it('writes them as JSON escapes, the same name when read', async () => {
    const name = 'a \x9b2J b \u202e c \u2028 d';
    const dir = join(root, 'json');
    const summary = makeSummary({ scenario: { ...FIXTURE_SUMMARY.scenario, name } });
    await writeRunOutput(summary, dir, FIXTURE_MANIFEST);
    const text = await readFile(join(dir, 'summary.json'), 'utf8');
    expect(text).toContain('"name": "a \\u009b2J b \\u202e c \\u2028 d"');
    expect(JSON.parse(text).scenario.name).toBe(name);
  });
});
