// Whole-number fields take thousands separators as amounts do and as minesim prints counts
// (`count: 1,000`, `--set monteCarlo.paths=10,000`), in a file and in `--set` alike; a comma that
// groups no thousands (`1,00`, `1,5`) is refused with what to write, never read as another number.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const base = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8');
const withCount = (count: string) => base.replace(/count: 10\b/, `count: ${count}`);

async function validate(text: string, sets: string[] = []) {
  const parsed = parseOverrides(sets);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return validateScenarioText(text, 'case.yaml', parsed.overrides);
}

describe('whole numbers with thousands separators', () => {
  it.each([
    ['1,000', 1000],
    ['100,000', 100_000],
    ['"1,000"', 1000],
  ])('count: %s is read as %d in a file', async (written, count) => {
    const v = await validate(withCount(written));
    expect(v.ok ? v.scenario.fleet[0].count : v.problems).toBe(count);
  });

  it('--set reads fleet[0].count=1,000 and monteCarlo.paths=10,000,000 as their numbers', async () => {
    const v = await validate(base, [
      'fleet[0].count=1,000',
      'monteCarlo.paths=10,000,000',
      'outputs.samplePaths=1,000',
    ]);
    expect(
      v.ok
        ? [v.scenario.fleet[0].count, v.scenario.monteCarlo.paths, v.scenario.outputs.samplePaths]
        : v.problems,
    ).toEqual([1000, 10_000_000, 1000]);
  });

  it.each(['1,00', '1,5', '10,00,000', '1,0000'])(
    'count: %s is refused, saying what to write',
    async (written) => {
      for (const v of [
        await validate(withCount(written)),
        await validate(base, [`fleet[0].count=${written}`]),
      ]) {
        expect(v.ok).toBe(false);
        if (v.ok) return;
        expect(v.problems).toHaveLength(1);
        expect(v.problems[0].path).toBe('fleet[0].count');
        expect(v.problems[0].message).toContain('three digits after each comma');
        expect(v.problems[0].message).toContain(`\`${written.replaceAll(',', '')}\``);
      }
    },
  );

  it('bounds still hold in thousands, and a fraction in thousands is no whole number', async () => {
    const over = await validate(withCount('10,000,001'));
    expect(over.ok ? [] : over.problems.map((p) => p.message)).toEqual([
      'must be at most 10,000,000 (got "10,000,001")',
    ]);
    const half = await validate(withCount('1,000.5'));
    expect(half.ok).toBe(false);
  });
});
