// A scenario saved with CR alone at each line's end (old Mac OS, some editors' "classic Mac"
// setting). YAML 1.2 (section 5.4, b-break) makes CR, LF and CR LF line breaks alike; the `yaml`
// package reads only LF and CR LF (a lone CR is text to it), so such a file read as one comment
// line: minesim called s21-fleet-2026.yaml "empty" with its line ends turned into CRs.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentMessages as m } from '../../src/messages/documents.js';
import { parseScenarioText } from '../../src/scenario/document.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

beforeAll(() => loadUnits());

const LF = readFileSync('scenarios/s21-fleet-2026.yaml', 'utf8');
const CR = LF.replaceAll('\n', '\r');

describe('parseScenarioText() with CR line ends', () => {
  it('parseScenarioText() reads a CR-only file as the same mapping as its LF twin', () => {
    const lf = parseScenarioText(LF, 'lf.yaml');
    const cr = parseScenarioText(CR, 'cr.yaml');
    expect(lf.ok && cr.ok).toBe(true);
    expect(cr.ok ? cr.doc.value : null).toEqual(lf.ok ? lf.doc.value : undefined);
  });

  it('parseScenarioText() reads a mix of CR, LF and CR LF, and a CR in a quoted string folds as a line break', () => {
    const parsed = parseScenarioText(
      'name: a\rstart: 2017-01-01\r\ndescription: "one\r  two"\nx: 1\r',
      'mix.yaml',
    );
    expect(parsed.ok ? parsed.doc.value : parsed.problems).toEqual({
      name: 'a',
      start: '2017-01-01',
      description: 'one two',
      x: 1,
    });
  });

  it('parseScenarioText() places a problem in a CR-only file on the line an editor shows', () => {
    // Lines 1 and 3 hold `name`: the second is line 3, column 1, with either line end.
    const text = 'name: a\nstart: 2017-01-01\nname: b\n';
    for (const t of [text, text.replaceAll('\n', '\r')]) {
      const parsed = parseScenarioText(t, 'case.yaml');
      expect(parsed.ok ? [] : parsed.problems.map((p) => [p.line, p.col, p.message])).toEqual([
        [3, 1, m.duplicateKey('name')],
      ]);
    }
  });

  it('validateScenarioText() validates the shipped S21 scenario with CR line ends as with LF', async () => {
    const lf = await validateScenarioText(LF, 's21.yaml');
    const cr = await validateScenarioText(CR, 's21.yaml');
    expect(lf.ok).toBe(true);
    expect(cr.ok ? cr.scenario : cr.problems).toEqual(lf.ok ? lf.scenario : undefined);
  });
});
