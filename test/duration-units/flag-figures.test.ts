// Figures minesim prints in thousands (`10,000,000`, `1,600 USD`) and advises for a flag are
// taken by that flag as printed: a number option (`--paths 10,000,000`), a sweep range's ends
// (`--vary fleet[0].unitPrice=1,000 USD..2,500 USD:4`) and a sensitivity range (`--input`). A
// list's commas separate its values, so a list in thousands is refused saying so. The CLI cases
// run the built command (`npm run build` first).
import { describe, expect, it } from 'vitest';
import { parseVaries } from '../../src/scenario/axes.js';
import { parseInputs } from '../../src/study/sensitivity-inputs.js';
import { runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]) => runNode(['bin/minesim.mjs', ...args]);

/** The figure after `lead` in `text` (`from 1 to 10,000,000` -> `10,000,000`). */
const figureAfter = (text: string, lead: string) => {
  const found = new RegExp(`${lead} ([\\d,]+)`).exec(text)?.[1];
  expect(found, `"${lead} N" is not in: ${text}`).toBeDefined();
  return found as string;
};

describe('number options take the figures minesim prints for them', () => {
  it.each([
    [
      'run --paths',
      ['run', 'scenarios/north-korea-2017-s9.yaml', '--paths', '100000000'],
      '--paths',
      'from 1 to',
    ],
    ['calibrate --paths', ['calibrate', '--paths', '100000000'], '--paths', 'from 1 to'],
    ['network-fit --days', ['network-fit', '--days', '100000'], '--days', 'from 364 to'],
  ])('%s: the bound its refusal prints, given back, is taken', async (_, refused, option, lead) => {
    const first = await minesim(...refused);
    expect(first.code).toBe(2);
    const bound = figureAfter(first.stderr, lead);
    expect(bound).toContain(',');
    // Given back with another option refused, so that nothing runs: only that one is said.
    const other = option === '--days' ? ['--power-price', '0'] : ['--workers', '0'];
    const again = await minesim(...refused.slice(0, -1), bound, ...other);
    expect(again.code).toBe(2);
    expect(again.stderr).not.toContain(option === '--days' ? '--days' : '--paths');
    expect(again.stderr).toContain(other[0] === '--workers' ? '--workers' : '--power-price');
  });

  it('a value that is no number in thousands (1,5) is still refused', async () => {
    const r = await minesim('run', 'scenarios/north-korea-2017-s9.yaml', '--paths', '1,5');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--paths takes a number (got "1,5")');
  });
});

describe('ranges take their ends in thousands', () => {
  it('--vary a..b:n reads 1,000 USD as 1000 USD; a list in thousands says its commas separate values', () => {
    const grouped = parseVaries(['fleet[0].unitPrice=1,000 USD..2,500 USD:4']);
    const plain = parseVaries(['fleet[0].unitPrice=1000 USD..2500 USD:4']);
    expect(grouped.ok && plain.ok).toBe(true);
    if (grouped.ok && plain.ok) {
      expect(grouped.axes[0].values).toEqual(plain.axes[0].values);
      expect(grouped.axes[0].unit).toBe('USD');
    }
    const list = parseVaries(['fleet[0].unitPrice=1,000,2,000']);
    expect(list.ok).toBe(false);
    if (!list.ok) expect(list.problems[0].message).toContain('so its values take no thousands separators');
    const hundreds = parseVaries(['fleet[0].unitPrice=100,200,300']);
    expect(hundreds.ok && hundreds.axes[0].values).toEqual([100, 200, 300]);
  });

  it('--input LOW..HIGH reads 1,600 USD..2,400 USD as the range it prints', () => {
    const grouped = parseInputs(['fleet[0].unitPrice=1,600 USD..2,400 USD']);
    expect(grouped.ok).toBe(true);
    if (grouped.ok) expect(grouped.specs[0].range?.values).toEqual([1600, 2400]);
    const notGrouped = parseInputs(['fleet[0].unitPrice=1,6..2']);
    expect(notGrouped.ok).toBe(false);
  });
});
