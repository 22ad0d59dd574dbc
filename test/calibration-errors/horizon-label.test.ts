// The study's horizons as its tables print them, fed back to minesim: each label reads back as the
// days the study ran. Its longest horizon is 730 days; minesim's `2 years` is 731 (365.25-day
// years, rounded), so that horizon prints in days.
import { beforeAll, describe, expect, it } from 'vitest';
import { horizonLabel } from '../../src/report/calibration-tables.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { parseQuantity } from '../../src/scenario/units.js';
import { CHOICE_RULE } from '../../src/study/choose.js';
import { HORIZONS_DAYS } from '../../src/study/walk-forward.js';

const days = (written: string) => {
  const q = parseQuantity(written, 'duration');
  if (!q.ok) throw new Error(q.message);
  return q.value;
};

describe("the calibration study's horizon labels", () => {
  beforeAll(loadUnits);

  it('read back, as a horizon (whole days, rounded), as the days the study ran', () => {
    for (const h of [...HORIZONS_DAYS, ...CHOICE_RULE.horizonsDays])
      expect(Math.round(days(horizonLabel(h))), horizonLabel(h)).toBe(h);
  });

  it('print the 730-day horizon in days, not as minesim’s 2 years (731 days)', () => {
    expect(Math.round(days('2 years'))).toBe(731);
    expect(horizonLabel(730)).toBe('730 days');
    expect(horizonLabel(365)).toBe('1 year');
  });
});
