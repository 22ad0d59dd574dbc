// The endogenous network's fit holds its entry rate between a floor (5 % a year) and a stability
// bound (entry x lag = pi/2), its shutdown share in [0, 1] and its volatility at 0 or more, tries
// lags of 7 to 364 days, and may put the entry margin below every margin its window saw. A
// parameter at one of those limits was printed as the window's measure without a word (2024-01-01,
// a year: "entry 2049.0 % a year", the bound for its 28-day lag; 2024-06-01, a year: "volatility
// 0.0 %"). The note now names each. And a parameter given was not held while the others were
// fitted: `lag: 91 days` ran with the entry rate fitted at the 28-day lag (2049.0 % a year, entry
// x lag = 5.1, past the bound), and its median difficulty rose 2.5-fold in six months.
import { describe, expect, it } from 'vitest';
import { marketLine } from '../fixtures/market.js';

const at = (network: string, start: string) => `name: endogenous-limits
coin: bitcoin
start: ${start}
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 10, unitPrice: 3400 USD }
power: { price: 0.045 USD/kWh }
price: { model: { type: gbm, drift: 0 %, volatility: 50 % } }
network:
  model: ${network}
monteCarlo: { paths: 1 }
`;

async function network(text: string) {
  const line = await marketLine(text, 'Network model');
  return { value: line?.value ?? '', note: line?.note ?? '' };
}

const LIMITS = "at the fit's limits, not measured by the window: ";

describe("an endogenous network's fit names the parameters at its limits", () => {
  it('an entry rate at its stability bound for the lag says so (2024-01-01, a year)', async () => {
    const line = await network(at('{ type: endogenous, calibrate: 1 year }', '2024-01-01'));
    expect(line.value).toContain('delivery lag 28 days, entry 2049.0 % a year');
    expect(line.note).toContain(`${LIMITS}the entry rate at its most for a 28-day lag (entry x lag = pi/2`);
    // An entry rate at a limit has no standard error of its own to state.
    expect(line.note).not.toContain('standard error');
  });

  it('a volatility of 0, a lag at the shortest tried and an entry margin below the window say so (2024-06-01, a year)', async () => {
    const line = await network(at('{ type: endogenous, calibrate: 1 year }', '2024-06-01'));
    expect(line.value).toContain('volatility 0.0 %');
    expect(line.note).toContain('the lag at the shortest the fit tries');
    expect(line.note).toContain('the entry margin below every margin of the window (its least 2.33x cost)');
    expect(line.note).toContain(
      "the volatility at 0: the window's week-to-week moves are no larger than block luck",
    );
  });

  it('a shutdown of 1 says so (2024-01-01, two years)', async () => {
    const line = await network(at('{ type: endogenous }', '2024-01-01'));
    expect(line.value).toContain('shutdown 1.00 below');
    expect(line.note).toContain('the shutdown at its most (1');
  });

  it('a fit inside its limits says nothing more (2019-03-01, two years)', async () => {
    const line = await network(at('{ type: endogenous }', '2019-03-01'));
    expect(line.note).toMatch(
      /^calibrated on 730 days before the start \(values given explicitly win\); entry rate standard error at least \d+\.\d % a year \(at the lag and margins the fit chose; [^;]*\)$/,
    );
  });

  it('a parameter given is never named, even where its value sits at a limit', async () => {
    const line = await network(
      at('{ type: endogenous, calibrate: 1 year, lag: 7 days, volatility: 0 % }', '2024-06-01'),
    );
    expect(line.value).toMatch(/delivery lag 7 days, .* volatility 0\.0 %/);
    expect(line.note).not.toContain('lag at');
    expect(line.note).not.toContain('volatility');
    expect(line.note).toContain('the entry margin below every margin of the window');
  });
});

describe('an endogenous network fits the parameters not given with those given held', () => {
  it('lag: 91 days gets an entry rate within the stability bound of a 91-day lag (it kept the 28-day fit, 2049.0 % a year)', async () => {
    const line = await network(at('{ type: endogenous, calibrate: 1 year, lag: 91 days }', '2024-01-01'));
    const entry = Number(line.value.match(/entry ([\d.]+) % a year/)?.[1]);
    expect(line.value).toContain('delivery lag 91 days');
    expect(entry).toBeLessThanOrEqual((Math.PI / 2 / 91) * 365.25 * 100 + 0.05);
  });

  it('a given entry rate, shutdown margin or shutdown is the one the others were fitted beside', async () => {
    const given = await network(
      at(
        '{ type: endogenous, calibrate: 1 year, entryRate: 50 %, shutdownMargin: 2, shutdown: 0.2 }',
        '2024-01-01',
      ),
    );
    expect(given.value).toMatch(/entry 50\.0 % a year .* shutdown 0\.20 below 2\.00x cost/);
    const free = await network(at('{ type: endogenous, calibrate: 1 year }', '2024-01-01'));
    // The entry margin fitted beside 50 % a year is not the one fitted beside 2049 %.
    expect(given.value.match(/above ([\d.]+)x/)?.[1]).not.toBe(free.value.match(/above ([\d.]+)x/)?.[1]);
  });
});
