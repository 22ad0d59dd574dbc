// A coverage goal's measured share carries its 95 % interval: the held-out windows overlap, so the
// share of 59 one-year forecasts is worth at most about 5 independent ones (fewer where the misses
// come in a run, as here), and a miss by 0.003 is inside its error. The goals table prints the
// serially adjusted Wilson interval scores.csv keeps (in90_low_serial, in90_high_serial), and the
// terminal says it too.
import { describe, expect, it } from 'vitest';
import { calibrationMessages } from '../../src/messages/calibration.js';
import { goalLines } from '../../src/report/calibration-markdown.js';
import { serialShare } from '../../src/stats/serial-share.js';
import { coverageStats } from '../../src/study/calibration-stats.js';
import { evaluateGoals } from '../../src/study/goals.js';
import type { ScoreRow } from '../../src/study/study-scores.js';

/** A held-out Bitcoin score row of `n` monthly starts, `in50` and `in90` of them inside the bands. */
function score(
  quantity: ScoreRow['quantity'],
  horizonDays: number,
  n: number,
  in50: number,
  in90: number,
): ScoreRow {
  const forecasts = Array.from({ length: n }, (_, i) => ({ pit: 0.5, in50: i < in50, in90: i < in90 }));
  return {
    coin: 'bitcoin',
    split: 'held-out',
    quantity,
    model: 'm',
    horizonDays,
    ...coverageStats(forecasts, 30.4375, horizonDays),
    crps: 1,
    is50: 1,
    is90: 1,
    skill: {},
  } as unknown as ScoreRow;
}

describe("the coverage goals' error", () => {
  const scores = [score('net', 365, 59, 25, 50)];
  const goals = evaluateGoals(scores, 'm');

  const band90Interval = serialShare(
    Array.from({ length: 59 }, (_, i) => i < 50),
    365 / 30.4375,
  ).interval;

  it('a coverage goal keeps the serially adjusted 95 % Wilson interval of its share', () => {
    const band90 = goals.find((g) => g.what === 'net at 365 days: 90 % band holds')!;
    expect(band90.interval).toEqual(band90Interval);
    expect(band90.interval![0]).toBeLessThan(0.85);
  });

  it('the goals table prints it beside the share', () => {
    const [low, high] = band90Interval;
    const lines = goalLines(goals);
    expect(lines[0]).toBe(
      '| goal (held-out Bitcoin starts) | measured | 95 % serial-adj. | target | result |',
    );
    expect(lines).toContain(
      `| net at 365 days: 90 % band holds | 0.847 | ${low.toFixed(2)}–${high.toFixed(2)} | 0.85–0.95 | missed by 0.003 |`,
    );
  });

  it('the terminal says it with the share', () => {
    expect(
      calibrationMessages.goal('net at 365 days: 90 % band holds', '0.847', '0.85–0.95', false, '0.41–0.98'),
    ).toBe(
      'goal, held-out: net at 365 days: 90 % band holds 0.847 (95 % serial-adj. 0.41–0.98; target 0.85–0.95) MISSED',
    );
  });
});
