// A quantity written with the micro sign (`1 µW`, U+00B5) or the Greek mu (`1 μW`, U+03BC) was
// refused with only "expected a power, like 1323 W": the analyst who wrote a power could not tell
// what was wrong. The unit reader takes micro as `u`; the refusal now says so, with the quantity to
// write, which it then takes.
import { beforeAll, describe, expect, it } from 'vitest';
import { unitMessages } from '../../src/messages/units.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { parseQuantity } from '../../src/scenario/units.js';

beforeAll(async () => {
  await loadUnits();
});

describe('micro written as µ or μ', () => {
  it('parseQuantity() refuses `1323 µW` saying minesim reads micro as `u`: write `1323 uW`', () => {
    const read = parseQuantity('1323 µW', 'power');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toBe(unitMessages.microSign('a power', '1323 W', '1323 µW', '1323 uW'));
    expect(read.message).toContain('minesim reads micro as `u`, so write `1323 uW`');
  });

  it('parseQuantity() refuses the Greek mu of `5 μH/s` the same way, naming `5 uH/s`', () => {
    const read = parseQuantity('5 μH/s', 'hashrate');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toContain('minesim reads micro as `u`, so write `5 uH/s`');
  });

  it('parseQuantity() takes the quantity it advises: `1323 uW` is 0.001323 W', () => {
    const read = parseQuantity('1323 uW', 'power');
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value).toBeCloseTo(0.001323, 12);
  });

  it('parseQuantity() keeps its words for another unit it does not read', () => {
    const read = parseQuantity('1323 §W', 'power');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).not.toContain('micro');
  });
});
