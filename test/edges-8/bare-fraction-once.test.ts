// An import premium written bare above 10 (`importPremium: 30`, `--set fleet[0].importPremium=30`,
// `--vary fleet[0].importPremium=10..50:3`) is past the field's bound of 1,000 % read as a
// fraction: it was refused twice at the same place, once as "must be at most 1,000 %: a bare
// number here is a fraction, so 30 would read as 3,000 % ..." and again as the same reading
// alone, "2 problems" for one. It is said once, with its bound.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unitMessages } from '../../src/messages/units.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { formatProblem } from '../../src/scenario/problem.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const FLAGSHIP = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8');

async function problems(text: string, sets: string[] = []): Promise<string[]> {
  const overrides = parseOverrides(sets);
  if (!overrides.ok) throw new Error('bad --set');
  const v = await validateScenarioText(text, 's.yaml', overrides.overrides);
  return v.ok ? [] : v.problems.map(formatProblem);
}

describe('a bare import premium past 1,000 % read as a fraction', () => {
  const pastBound = unitMessages.bareFractionPastBound('must be at most 1,000 %', 30, 30);

  it('validate says it once in the file, with its bound', async () => {
    const text = FLAGSHIP.replace('importPremium: 30 %', 'importPremium: 30');
    expect(await problems(text)).toEqual([`s.yaml:22:20 fleet[0].importPremium: ${pastBound} (got 30)`]);
  });

  it('validate says it once at the --set, with its bound', async () => {
    expect(await problems(FLAGSHIP, ['fleet[0].importPremium=30'])).toEqual([
      `--set fleet[0].importPremium=30 fleet[0].importPremium: ${pastBound} (got 30)`,
    ]);
  });

  it('validate still says a bare premium within the bound (10, read as 1,000 %) once, without a bound', async () => {
    expect(await problems(FLAGSHIP, ['fleet[0].importPremium=10'])).toEqual([
      `--set fleet[0].importPremium=10 fleet[0].importPremium: ${unitMessages.bareFractionOverOne(10, 10)}`,
    ]);
  });
});
