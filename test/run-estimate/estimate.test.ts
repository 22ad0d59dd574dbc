// The estimate itself: path-days, time at the engine's measured speed, memory of the largest run,
// the bound of a day and of the machine's memory, and silence for a small run.
import { totalmem } from 'node:os';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/exit.js';
import {
  BASE_BYTES,
  BYTES_PER_PATH,
  CALIBRATE_SECONDS_PER_PATH,
  checkEstimate,
  estimateWork,
  MAX_ESTIMATED_SECONDS,
  machineMemory,
  NS_PER_COHORT_DAY,
  NS_PER_PATH_DAY,
  sayCalibrateEstimate,
} from '../../src/cli/run-estimate.js';
import { duration } from '../../src/messages/estimate.js';

/** A stream that keeps what is written. */
function sink(): { stream: NodeJS.WritableStream; text: () => string } {
  const parts: string[] = [];
  const stream = { write: (s: string) => parts.push(s) > 0 } as unknown as NodeJS.WritableStream;
  return { stream, text: () => parts.join('') };
}

describe('estimateWork', () => {
  it('adds the path-days of every run and takes the largest run for memory', () => {
    const e = estimateWork(
      [
        { paths: 1000, days: 365, cohorts: 1 },
        { paths: 2000, days: 730, cohorts: 3 },
      ],
      1,
    );
    expect(e.runs).toBe(2);
    expect(e.pathDays).toBe(1000 * 365 + 2000 * 730);
    const ns =
      1000 * 365 * (NS_PER_PATH_DAY + NS_PER_COHORT_DAY) +
      2000 * 730 * (NS_PER_PATH_DAY + 3 * NS_PER_COHORT_DAY);
    expect(e.seconds).toBeCloseTo(ns / 1e9, 12);
    expect(e.bytes).toBe(BASE_BYTES + 2000 * BYTES_PER_PATH);
  });

  it('ten million paths hold more than the 0.93 GB the bench measured', () => {
    expect(estimateWork([{ paths: 1e7, days: 30, cohorts: 1 }], 1).bytes).toBeGreaterThan(0.93e9);
  });
});

describe('checkEstimate', () => {
  const long = estimateWork([{ paths: 1e7, days: 36_525, cohorts: 400 }], 1);
  const small = estimateWork([{ paths: 1000, days: 1096, cohorts: 1 }], 1);

  it('refuses beyond a day, says nothing for a small run', () => {
    expect(long.seconds).toBeGreaterThan(MAX_ESTIMATED_SECONDS);
    const out = sink();
    expect(() => checkEstimate('x', 'fewer --paths', long, false, out.stream)).toThrow(UsageError);
    checkEstimate('x', 'fewer --paths', small, false, out.stream);
    expect(out.text()).toBe('');
  });

  // Before, the refusal said "the engine's measured speed with a margin": not which machine's, nor
  // that the cohort-days have a rate of their own. Now it gives both rates and where they were
  // measured, so a user on a slower machine knows the estimate is that machine's.
  it('the refusal gives both rates and the bench they come from', () => {
    let message = '';
    try {
      checkEstimate('x', 'fewer --paths', long, false, sink().stream);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      '(at 50 ns a path-day a worker, above the 29.7-37.6 ns the bench measured on a 2-core Xeon, and 3.5 ns a cohort-day, as it measured (README, Performance); a slower machine takes longer)',
    );
  });

  it('--allow-long starts it, and says its estimate', () => {
    const out = sink();
    checkEstimate('x', 'fewer --paths', long, true, out.stream);
    expect(out.text()).toMatch(
      /^estimate: x: one run, 3\.7e11 path-days, about [\d,]+ days on 1 worker and 1\.5 GB of memory\n$/,
    );
  });

  it('refuses more memory than the machine has, and says so', () => {
    const out = sink();
    expect(() => checkEstimate('x', 'fewer --paths', small, false, out.stream, 100e6)).toThrow(
      /more memory than this machine's 0\.1 GB; give fewer --paths, or --allow-long/,
    );
  });

  it('an estimate of a minute or more is said before the work', () => {
    const out = sink();
    const minutes = estimateWork([{ paths: 2e6, days: 1096, cohorts: 1 }], 1);
    checkEstimate('x', 'fewer --paths', minutes, false, out.stream);
    expect(out.text()).toBe(
      `estimate: x: one run, 2.2e9 path-days, about ${duration(minutes.seconds)} on 1 worker and 0.7 GB of memory\n`,
    );
  });
});

describe('machineMemory', () => {
  it('is the memory of the machine, or the limit of its container where that is less', () => {
    expect(machineMemory()).toBeGreaterThan(0);
    expect(machineMemory()).toBeLessThanOrEqual(totalmem());
  });
});

describe('duration', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect([
      duration(0.2),
      duration(119),
      duration(120),
      duration(7199),
      duration(7200),
      duration(172_800),
    ]).toEqual(['1 s', '119 s', '2 min', '120 min', '2.0 h', '2 days']);
  });
});

describe('calibrate', () => {
  it('says its estimate at 100,000 paths (hours, once silent) and nothing at its default 500', () => {
    const out = sink();
    sayCalibrateEstimate(500, 2, out.stream);
    expect(out.text()).toBe('');
    sayCalibrateEstimate(100_000, 1, out.stream);
    expect(out.text()).toBe(
      `estimate: calibrate: about 2,500 forecasts of 100,000 paths, about ${duration(100_000 * CALIBRATE_SECONDS_PER_PATH)} on 1 worker\n`,
    );
    expect(duration(100_000 * CALIBRATE_SECONDS_PER_PATH)).toBe('5.6 h');
  });
});
