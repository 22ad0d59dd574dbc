// How a scenario's YAML is read, against files written carelessly or by other tools:
// - a `%YAML 1.1` line (as ROS and OpenCV files begin) switched the parser to YAML 1.1, where
//   `count: 010` is 8 machines, `1_000` is 1000 and a start date a timestamp: a count of 010 ran
//   8 machines, without a word. It is refused at its line.
// - a key of null (`~:`, `null:`, `: x`) was reported as `unknown key ""` at the start of its
//   mapping (line 3 for a key on line 6); it is refused where it is written, saying what it reads as.
// BOM, CR LF and tabs keep every position an editor shows.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentMessages as m } from '../../src/messages/documents.js';
import { parseScenarioText } from '../../src/scenario/document.js';
import { runCommand } from '../hostile/in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-yaml-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const base = readFileSync(new URL('../hostile/base.yaml', import.meta.url), 'utf8');

async function validate(name: string, text: string | Uint8Array) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return { file, ...(await runCommand(['validate', file])) };
}

describe('a %YAML directive other than 1.2', () => {
  it('`minesim validate` refuses %YAML 1.1 at its line (count: 010 read as 8 machines, exit 0)', async () => {
    const text = `%YAML 1.1\n---\n${base.replace('count: 10', 'count: 010')}`;
    const { file, exit, output } = await validate('yaml-1.1.yaml', text);
    expect(exit).toBe(2);
    expect(output).toContain(`${file}:1:1: ${m.yamlVersion('1.1')}`);
    expect(output).not.toContain('8 units');
  });

  it('parseScenarioText() finds the directive below comments, and reads %YAML 1.2 as a file without one', () => {
    const refused = parseScenarioText(`# a comment\n\n%YAML 1.1\n---\nname: a\n`, 'f.yaml');
    expect(refused).toMatchObject({
      ok: false,
      problems: [{ line: 3, col: 1, message: m.yamlVersion('1.1') }],
    });
    const read = parseScenarioText(`%YAML 1.2\n---\nname: a\ncount: 010\n`, 'f.yaml');
    expect(read.ok && read.doc.value).toEqual({ name: 'a', count: 10 });
  });
});

describe('a key of null', () => {
  it.each([
    ['~', '~: 3', '"~"'],
    ['null', 'null: 3', '"null"'],
    ['nothing', ': 3', 'no key'],
  ])(
    '`minesim validate` refuses a key written as %s where it stands (it said `unknown key ""` at its mapping’s start)',
    async (what, line, got) => {
      const { file, exit, output } = await validate(
        `null-key-${what}.yaml`,
        base.replace('horizon: 1 year', `horizon: 1 year\n${line}`),
      );
      expect(exit).toBe(2);
      expect(output).toContain(`${file}:6:1: ${m.nullKey(line.split(':')[0])}`);
      expect(output).toContain(`(got ${got})`);
      expect(output).not.toContain('unknown key');
      expect(output).toContain('1 problem in 1 file');
    },
  );

  it('`minesim validate` says a null key in a fleet entry at its line, with the entry’s path', async () => {
    const text = base.replace('    count: 10\n', '    count: 10\n    ~: 4\n');
    const { file, output } = await validate('null-key-fleet.yaml', text);
    expect(output).toContain(`${file}:9:5 fleet[0]: ${m.nullKey('~')}`);
  });
});

describe('positions in files saved by other editors', () => {
  it('`minesim validate` places problems as an editor does with a BOM, CR LF and tabs in flow mappings', async () => {
    const text = `\uFEFF${base
      .replace('name: hostile-base', 'name: [1]')
      .replace('  model: { type: growth, rate: 50 % }', '  model: {\ttype: growth,\trate:\t-500 % }')
      .replaceAll('\n', '\r\n')}`;
    const { file, output } = await validate('bom-crlf-tabs.yaml', text);
    expect(output).toContain(`${file}:3:7 name: expected a text value (got [1])`);
    // `  model: {\ttype: growth,\trate:\t` is 31 characters: the value starts at column 32.
    expect(output).toContain(`${file}:15:32 network.model.rate: must be more than -100 % (got "-500 %")`);
  });
});

describe('a key that looks like one minesim knows', () => {
  it.each([
    ['a Greek ο', 'horiz\u03bfn', 'U+03BF'],
    ['a no-break space', 'horizon\u00a0', 'U+00A0'],
    ['a zero-width space', 'horizon\u200b', 'U+200B'],
  ])(
    '`minesim validate` names the character of %s in an unknown key (it printed two keys that looked alike)',
    async (_, key, code) => {
      const { file, output } = await validate(
        `look-alike-${code}.yaml`,
        base.replace('horizon: 1 year', `${key}: 1 year`),
      );
      expect(output).toContain(`${file}:5:1 ${key}: unknown key ${JSON.stringify(key)} (it holds ${code},`);
      expect(output).toContain('did you mean "horizon"?');
    },
  );
});

describe('a date in the right form whose day the month lacks', () => {
  it.each([
    ['2017-02-29', '2017-02 has 28 days; give a day from 2017-02-01 to 2017-02-28'],
    ['2016-02-30', '2016-02 has 29 days; give a day from 2016-02-01 to 2016-02-29'],
    ['2017-04-31', '2017-04 has 30 days; give a day from 2017-04-01 to 2017-04-30'],
  ])(
    '`minesim validate` says how many days the month of %s has (it asked for the form YYYY-MM-DD it was written in)',
    async (date, days) => {
      const { file, output } = await validate(
        `start-${date}.yaml`,
        base.replace('start: 2017-05-17', `start: ${date}`),
      );
      expect(output).toContain(`${file}:4:8 start: is not a day of the calendar: ${days} (got "${date}")`);
    },
  );

  it('`minesim validate` still asks for the form of a date that is not in it, or has no such month', async () => {
    const { output } = await validate(
      'start-13.yaml',
      base.replace('start: 2017-05-17', 'start: 2017-13-01'),
    );
    expect(output).toContain(
      'start: expected a calendar date YYYY-MM-DD, like 2017-05-17 (got "2017-13-01")',
    );
  });
});
