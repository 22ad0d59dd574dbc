// A sweep axis over a whole-number field (a cohort's `count`, a block `height`) as the schema reads
// the field (schema/whole-number.ts): `count: 10,000` and `--set fleet[0].count=10,000` are taken,
// `1,00` and `1,5` refused saying what a thousands separator is. `--vary` refused
// `fleet[0].count=10,000` as a list in thousands, read a range's end `1,00` as "expected a number",
// and a range whose steps are no whole numbers (`1000..2000:4`) was refused once a value for
// 1333.33333333 and 1666.66666667, with nothing to say which ranges step by whole numbers. A value
// that is no whole number in a list (`10,20.5`) the schema refuses under the field, as before.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaMessages } from '../../src/messages/schema.js';
import { sweepMessages } from '../../src/messages/sweep.js';
import { parseVary } from '../../src/scenario/axes.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

// The schema hands axes.ts the fields' bounds when validate.ts loads (field-least.ts).
void validateScenarioText;
const axis = (text: string) => parseVary(text);

describe('--vary over a whole-number field', () => {
  it('takes one value in thousands, as --set does', () => {
    expect(axis('fleet[0].count=10,000')).toMatchObject({ values: [10_000], unit: null });
    expect(axis('fleet[0].count=1,000,000')).toMatchObject({ values: [1_000_000] });
    // A range's ends already did.
    expect(axis('fleet[0].count=1,000..2,000:3')).toMatchObject({ values: [1000, 1500, 2000] });
  });

  it('refuses a range end whose commas group no thousands with the schema’s message', () => {
    expect(axis('fleet[0].count=1,00..2,000:3')).toBe(schemaMessages.badGrouping('100'));
    expect(axis('fleet[0].count=1,5..20:3')).toBe(schemaMessages.badGrouping('15'));
  });

  it('leaves a value that is no whole number to the schema, which refuses it under the field', () => {
    expect(axis('fleet[0].count=10,20.5')).toMatchObject({ values: [10, 20.5] });
    expect(axis('fleet[0].count=10..20.5:2')).toMatchObject({ values: [10, 20.5] });
  });

  it('refuses a range whose steps are no whole numbers, with the numbers of values that step by one', () => {
    const message = axis('fleet[0].count=1000..2000:4');
    expect(message).toBe(sweepMessages.notWholeSteps('fleet[0].count', '1000..2000:4', '333.33', [3, 5, 6]));
    expect(message).toContain('1000..2000:3');
  });

  it('leaves other fields’ lists and decimals as they were', () => {
    expect(axis('power.price=0.02,0.05')).toMatchObject({ values: [0.02, 0.05] });
    expect(axis('fleet[0].unitPrice=1000..2000:4')).toMatchObject({
      values: [1000, 1333.33333333, 1666.66666667, 2000],
    });
    expect(axis('fleet[0].count=100,200')).toMatchObject({ values: [100, 200] });
  });

  it('sweep.vary in a scenario file reads them the same', async () => {
    const text = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8').replace(
      /^ {4}- fleet\[0\]\.unitPrice=.*$/m,
      '    - fleet[0].count=1000..2000:4',
    );
    const v = await validateScenarioText(text, 'case.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => p.message)).toContain(
      sweepMessages.notWholeSteps('fleet[0].count', '1000..2000:4', '333.33', [3, 5, 6]),
    );
  });
});
