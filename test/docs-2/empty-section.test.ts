// The README re-runs each scenario "with its `price.model` and `network.model` removed". An analyst
// who deletes the two `model:` lines leaves `network:` and `price:` with nothing under them, which
// YAML reads as null: minesim said "expected a mapping (key: value lines) (got null)", which names
// neither the cause (a section left empty) nor what to give (its keys, indented below it, or, for a
// section minesim has defaults for, no line at all). It now says both, and the advice followed is
// accepted.
import { describe, expect, it } from 'vitest';
import { problemsOf, shipped } from '../advice/harness.js';

const flagship = shipped('north-korea-2017-s9');
/** The flagship with the lines matching `drop` deleted. */
const without = (text: string, drop: RegExp) =>
  text
    .split('\n')
    .filter((line) => !drop.test(line))
    .join('\n');

describe('a section left empty', () => {
  it('validateScenarioText() of the flagship without its two `model:` lines says each section is empty, to give its keys or remove its line', async () => {
    const emptied = without(flagship, /^ {2}model: \{ type: (growth|gbm),/);
    const problems = await problemsOf(emptied);
    expect(problems.map((p) => p.path)).toEqual(['network', 'price']);
    for (const p of problems) {
      expect(p.message).toContain('is empty');
      expect(p.message).toContain('remove the line');
      expect(p.message).not.toMatch(/^expected a mapping/);
    }
    // The advice followed: the empty lines removed, the defaults apply.
    expect(await problemsOf(without(emptied, /^(network|price):\s*$/))).toEqual([]);
  });

  it('a required section left empty (`power:`) is told to give its keys, not to remove its line', async () => {
    const text = flagship.replace(/^power:\n(?: {2}.*\n)+/m, 'power:\n');
    const problems = await problemsOf(text);
    const p = problems.find((q) => q.path === 'power');
    expect(p?.message).toContain('is empty');
    expect(p?.message).not.toContain('remove the line');
  });

  it('a list left empty (`claims:`) says to give its items or remove the line', async () => {
    const text = flagship.replace(/^claims:\n(?: {2}.*\n)+/m, 'claims:\n');
    const problems = await problemsOf(text);
    const p = problems.find((q) => q.path === 'claims');
    expect(p?.message).toContain('is empty');
    expect(p?.message).toContain('remove the line');
  });
});
