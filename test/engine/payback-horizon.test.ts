// A payback time past the run's days cannot be judged: P(payback <= 1 year) and P(payback <= 2
// years) are null on a shorter run (they were 0, as if no path could pay back after the horizon),
// and the studies built on P(payback <= 2 years) refuse such a horizon.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { loadHistory } from '../../src/data/history.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { schemaMessages } from '../../src/messages/schema.js';
import { sensitivityMessages } from '../../src/messages/sensitivity.js';
import { sweepMessages } from '../../src/messages/sweep.js';
import { formatEstimate } from '../../src/report/format.js';
import { paybackSeenDays } from '../../src/scenario/payback-horizon.js';
import { parseInputs } from '../../src/study/sensitivity-inputs.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';
import { buildSweepGrid } from '../../src/study/sweep-grid.js';
import { parseVaries } from '../../src/study/vary.js';
import { loadScenario, scenarioText } from '../fixtures/scenarios.js';

const cut = (horizon: string) =>
  loadScenario('north-korea-2017-s9', (d) => {
    d.horizon = horizon;
    d.claims = [];
  });

describe('payback past the horizon', () => {
  it('runMonteCarlo() of a 6-month run gives no P(payback <= 1 year) nor P(payback <= 2 years), and the headline says why', async () => {
    const { summary } = await runMonteCarlo(await cut('6 months'), {
      paths: 40,
      workers: 1,
      breakEvenPaths: 0,
    });
    expect(summary.headline.paybackWithin1y).toBeNull();
    expect(summary.headline.paybackWithin2y).toBeNull();
    const table = headlineTable(summary);
    expect(table).toMatch(
      new RegExp(`P\\(payback <= 1 year\\) +${formatEstimate(null).replace(/[()]/g, '\\$&')}`),
    );
    expect(table).toMatch(
      new RegExp(`P\\(payback <= 2 years\\) +${formatEstimate(null).replace(/[()]/g, '\\$&')}`),
    );
  });

  it('runMonteCarlo() of a 13-month run judges 1 year, not 2', async () => {
    const { summary } = await runMonteCarlo(await cut('13 months'), {
      paths: 40,
      workers: 1,
      breakEvenPaths: 0,
    });
    expect(summary.headline.paybackWithin1y?.p).toBeGreaterThan(0);
    expect(summary.headline.paybackWithin2y).toBeNull();
  });

  it('runMonteCarlo() of a 1-year run (365 days, day 0 to day 364) gives no P(payback <= 1 year): a payback on day 365 is within a year and not simulated', async () => {
    // 0.25 % of the flagship's paths pay back on day 365 (10 of 4,000 on its 5-year horizon): a
    // 365-day run counted them as later than a year, about half a standard error at 10,000 paths.
    const run = async (horizon: string) =>
      runMonteCarlo(await cut(horizon), { paths: 400, workers: 1, breakEvenPaths: 0 });
    expect((await run('1 year')).summary.headline.paybackWithin1y).toBeNull();
    // 366 days simulate day 365: the share is the paths' own, day 365 counted.
    const { summary, outcomes } = await run('366 days');
    const within = Array.from(outcomes.paybackDay).filter((d) => d <= 365).length;
    expect(summary.headline.paybackWithin1y?.p).toBe(within / 400);
  });

  it('runMonteCarlo() of a run shorter than 2 years whose every path has paid back gives P(payback <= 2 years) = 1', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '6 months';
      d.claims = [];
      d.fleet[0].unitPrice = '1 USD';
      d.fleet[0].setupCost = '0 USD';
    });
    const { summary } = await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 });
    expect(summary.headline.noPayback.p).toBe(0);
    expect(summary.headline.paybackWithin2y).toEqual({ p: 1, se: 0 });
  });

  it('paybackSeenDays() is just short of the days when a path may pay back later (a time t needs day floor(t) simulated), Infinity when every cohort is gone and coins are sold', async () => {
    // 1 year: days 0 to 364; 364.99 days are judged (day 364), 365 are not (day 365).
    const year = paybackSeenDays(await cut('1 year'));
    expect(year).toBeLessThan(365);
    expect(year).toBeGreaterThan(364.999);
    // The X3s are stranded by the v7 fork, inside the 18-month horizon: nothing pays back later.
    const x3 = await loadScenario('cryptonight-asic-2018-x3', () => {});
    expect(paybackSeenDays(x3)).toBe(Number.POSITIVE_INFINITY);
    const held = await loadScenario('cryptonight-asic-2018-x3', (d) => {
      d.treasury = 'hold';
      d.claims = [];
    });
    expect(paybackSeenDays(held)).toBeLessThan(held.days);
    expect(paybackSeenDays(held)).toBeGreaterThan(held.days - 0.001);
  });

  it('buildSweepGrid() and planSensitivity() refuse a one-year horizon once, at the horizon, beside the other problems', async () => {
    const text = scenarioText()
      .replace('horizon: 5 years', 'horizon: 1 year')
      .replace(/\nclaims:[\s\S]*?\n\n/, '\n\n');
    const axes = parseVaries(['power.price=0.05,0.1', 'fleet[0].count=2.5']);
    if (!axes.ok) throw new Error('bad test --vary');
    const sweep = await buildSweepGrid(text, 'short.yaml', axes.axes);
    expect(sweep.ok ? [] : sweep.problems.map((p) => [p.path, p.message, p.line > 0])).toEqual([
      ['horizon', sweepMessages.horizonTooShort(365), true],
      ['fleet[0].count', `${schemaMessages.wholeNumber()} (got 2.5)`, false],
    ]);
    const sensitivity = await planSensitivity(text, 'short.yaml', { inputs: [], by: 0.2 });
    expect(sensitivity.ok ? [] : sensitivity.problems.map((p) => [p.path, p.message])).toEqual([
      ['horizon', sensitivityMessages.horizonTooShort(365)],
    ]);
  });

  it('buildSweepGrid() and planSensitivity() refuse a horizon axis too short at its --vary or --input, in the study’s own words (a sensitivity said "a sweep maps ..." at the file’s horizon, 5 years)', async () => {
    const text = scenarioText().replace(/\nclaims:[\s\S]*?\n\n/, '\n\n');
    const axes = parseVaries(['horizon=1 year..3 years:3']);
    if (!axes.ok) throw new Error('bad test --vary');
    // 1 year runs 365 days, short of 2 years; 2 years (731 days) and 3 years judge them.
    const sweep = await buildSweepGrid(text, 'nk.yaml', axes.axes);
    expect(sweep.ok ? [] : sweep.problems.map((p) => [p.file, p.line, p.path, p.message])).toEqual([
      ['--vary horizon=1 year..3 years:3', 0, 'horizon', sweepMessages.horizonTooShort(365)],
    ]);
    const inputs = parseInputs(['horizon=1 year..3 years']);
    if (!inputs.ok) throw new Error('bad test --input');
    const sensitivity = await planSensitivity(text, 'nk.yaml', { inputs: inputs.specs, by: 0.2 });
    expect(
      sensitivity.ok ? [] : sensitivity.problems.map((p) => [p.file, p.line, p.path, p.message]),
    ).toEqual([['--input horizon=1 year..3 years', 0, 'horizon', sensitivityMessages.horizonTooShort(365)]]);
  });

  it('buildSweepGrid() and planSensitivity() refuse a replay the history cuts short of 2 years at the start, in the file or its --set (it stopped the sweep with an unpositioned error)', async () => {
    const replay = ['price', 'network', 'fees'].map((f) => ({
      text: `${f}.model`,
      path: [f, 'model'],
      value: { type: 'historical' },
    }));
    const text = scenarioText()
      .replace('start: 2017-05-17', 'start: 2024-06-01')
      .replace(/\nclaims:[\s\S]*?\n\n/, '\n\n');
    const axes = parseVaries(['power.price=0.05,0.1']);
    if (!axes.ok) throw new Error('bad test --vary');
    const { lastDate } = loadHistory('bitcoin');
    const message = `${sweepMessages.replayCutTooShort(532, lastDate)} (got "2024-06-01")`;
    const inFile = await buildSweepGrid(text, 'late.yaml', axes.axes, replay);
    expect(inFile.ok ? [] : inFile.problems.map((p) => [p.file, p.line, p.path, p.message])).toEqual([
      ['late.yaml', 15, 'start', message],
    ]);
    const set = { text: 'start=2024-06-01', path: ['start'], value: '2024-06-01' };
    const bySet = await buildSweepGrid(
      scenarioText().replace(/\nclaims:[\s\S]*?\n\n/, '\n\n'),
      'nk.yaml',
      axes.axes,
      [...replay, set],
    );
    expect(bySet.ok ? [] : bySet.problems.map((p) => [p.file, p.line, p.path, p.message])).toEqual([
      ['--set start=2024-06-01', 0, 'start', message],
    ]);
    const sensitivity = await planSensitivity(text, 'late.yaml', { inputs: [], by: 0.2, sets: replay });
    expect(sensitivity.ok ? [] : sensitivity.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [15, 'start', `${sensitivityMessages.replayCutTooShort(532, lastDate)} (got "2024-06-01")`],
    ]);
  });
});
