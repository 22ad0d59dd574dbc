// Durations as minesim prints them (`421 d`, `2 y`, `18 months`) and as analysts abbreviate them
// (`wk`, `yr`, `mo`), read back wherever a duration is read: a claim, the horizon, a market
// model's calibration window, a contract's term, `--set` and `--vary`. A year is 365.25 days and a
// month a twelfth of it (30.4375 days), as `years` and `months` are.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizonLabel } from '../../src/report/calibration-tables.js';
import { formatInteger } from '../../src/report/format.js';
import { parseVaries } from '../../src/scenario/axes.js';
import { parseClaim } from '../../src/scenario/claims.js';
import { KNOWN_UNITS } from '../../src/scenario/known-units.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { formatQuantity } from '../../src/scenario/quantity-format.js';
import { parseQuantity } from '../../src/scenario/units.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const flagship = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8');

const days = (written: string) => {
  const q = parseQuantity(written, 'duration');
  if (!q.ok) throw new Error(q.message);
  return q.value;
};

/** Every `${...} unit` after a number that src/ prints, where the unit is a unit of time. */
function printedTimeUnits(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts'))
        for (const m of readFileSync(path, 'utf8').matchAll(
          /\}\)? ?(d|y|yr|yrs|wk|wks|mo|mos|h|days?|weeks?|months?|years?)(?=[`'" ),;:.])/g,
        ))
          found.add(m[1]);
    }
  };
  for (const dir of ['src/report', 'src/cli', 'src/explorer', 'src/messages', 'src/scenario']) walk(dir);
  return found;
}

describe('durations written short', () => {
  it('d, wk, y, yr and mo are the day, week, year (365.25 days) and month (30.4375 days)', () => {
    expect(days('421 d')).toBe(421);
    expect(days('1,421 d')).toBe(1421);
    expect(days('2 wk')).toBe(14);
    expect(days('3 wks')).toBe(21);
    expect(days('2 y')).toBe(730.5);
    expect(days('2 yr')).toBe(730.5);
    expect(days('5 yrs')).toBe(days('5 years'));
    expect(days('18 mo')).toBe(days('18 months'));
    expect(days('18 mos')).toBe(547.875);
    expect(days('0.5 y')).toBe(days('6 months'));
  });

  it('the short forms read the same through mathjs, in composite units too (`USD/d`, `%/yr`)', async () => {
    await loadUnits();
    for (const [key, [, factor]] of KNOWN_UNITS) {
      if (!key.startsWith('duration ')) continue;
      expect(factor, key).toBeGreaterThan(0);
    }
    const perDay = parseQuantity('30 USD/d', 'money-per-time');
    const perDayLong = parseQuantity('30 USD/day', 'money-per-time');
    expect(perDay.ok && perDayLong.ok && perDay.value === perDayLong.value).toBe(true);
    const rate = parseQuantity('8 %/yr', 'rate-per-year');
    expect(rate.ok && rate.value).toBe(0.08);
    const capacity = parseQuantity('10 USD/kW/mo', 'money-per-power-time');
    const capacityLong = parseQuantity('10 USD/kW/month', 'money-per-power-time');
    expect(capacity.ok && capacityLong.ok && capacity.value === capacityLong.value).toBe(true);
  });

  it('a duration in a unit minesim does not know says the units it reads, and the first of them is taken', async () => {
    await loadUnits();
    for (const written of ['2 fortnights', '2 Yrs', '3 mths']) {
      const q = parseQuantity(written, 'duration');
      expect(q.ok, written).toBe(false);
      if (q.ok) continue;
      expect(q.message).toContain('write it in days (`d`), weeks (`wk`), months (`mo`, 30.4375 days)');
      const unit = /write it in days \(`([^`]+)`\)/.exec(q.message)?.[1];
      expect(days(`2 ${unit}`)).toBe(2);
    }
  });

  it('`w` stays a watt: a duration in `w` is refused with the weeks to write', async () => {
    await loadUnits();
    const q = parseQuantity('13 w', 'duration');
    expect(q.ok).toBe(false);
    if (!q.ok) expect(q.message).toContain('write weeks as `13 weeks` or `13 wk`');
    const power = parseQuantity('3 w', 'power');
    expect(power.ok && power.value).toBe(3);
  });
});

describe("the terminal's own durations, fed back", () => {
  beforeAll(loadUnits);

  /** Each duration as minesim prints it, and the days it stands for. */
  const printed: [string, number][] = [
    [`${formatInteger(421)} d`, 421],
    [`${formatInteger(1421)} d`, 1421],
    [formatQuantity(30, 'duration'), 30],
    [formatQuantity(1, 'duration'), 1],
    [formatQuantity(547.875, 'duration'), 547.875],
    [formatQuantity(1826.25, 'duration'), 1826.25],
    [horizonLabel(90), 90],
    // A batch's horizon and the explorer's year axis (batch-tables.ts, explorer/svg.ts).
    ['5 y', 1826.25],
    ['1.5 y', 547.875],
  ];

  it('every unit of time src/ prints after a number is a unit a duration is read in', () => {
    const units = printedTimeUnits();
    expect(units).toContain('d');
    expect(units).toContain('y');
    for (const unit of units) expect(parseQuantity(`2 ${unit}`, 'duration').ok, unit).toBe(true);
  });

  it('each reads back as the days it printed, in a claim and through --set and --vary', () => {
    for (const [text, value] of printed) {
      expect(days(text), text).toBeCloseTo(value, 9);
      const claim = parseClaim(`payback > ${text}`);
      expect(claim.ok && claim.claim.value, text).toBeCloseTo(value, 9);
      const set = parseOverrides([`horizon=${text}`]);
      expect(set.ok, text).toBe(true);
    }
    // The calibration study's 365-day horizon prints as 1 year: as a horizon (whole days, rounded)
    // it reads back as the days the study ran.
    expect(Math.round(days(horizonLabel(365)))).toBe(365);
    const axes = parseVaries(['horizon=1 y..3 y:3']);
    expect(axes.ok && axes.axes[0].unit).toBe('y');
    // One unit written short and long is one unit, as `1 year..3 years` is.
    const mixed = parseVaries(['horizon=1 y..3 years:3', 'fleet[0].deploymentDelay=0 d,7 days,14 day']);
    expect(mixed.ok).toBe(true);
  });

  it('a scenario accepts them in its horizon, claims, calibration windows and terms', async () => {
    const text = flagship
      .replace(/^horizon: .*$/m, 'horizon: 5 y')
      .replace('calibrate: 90 days', 'calibrate: 13 wk')
      .replace('calibrate: 2 years', 'calibrate: 2 yr')
      .replace('deploymentDelay: 0 days', 'deploymentDelay: 0 d')
      .replace(/- payback > 1 year .*$/m, '- payback > 421 d')
      .replace(/- payback > 2 years .*$/m, '- P(payback <= 18 mo) >= 10 %');
    const v = await validateScenarioText(text, 'short.yaml');
    if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const long = await validateScenarioText(
      flagship
        .replace('calibrate: 90 days', 'calibrate: 91 days')
        .replace(/- payback > 1 year .*$/m, '- payback > 421 days')
        .replace(/- payback > 2 years .*$/m, '- P(payback <= 18 months) >= 10 %'),
      'long.yaml',
    );
    if (!long.ok) throw new Error(long.problems.map((p) => p.message).join('\n'));
    expect(v.scenario.horizon).toBe(long.scenario.horizon);
    expect(v.scenario.days).toBe(long.scenario.days);
    expect(v.scenario.claims.map((c) => c.value)).toEqual(long.scenario.claims.map((c) => c.value));
    expect(JSON.stringify(v.scenario.price)).toBe(JSON.stringify(long.scenario.price));
    expect(JSON.stringify(v.scenario.fees)).toBe(JSON.stringify(long.scenario.fees));
  });

  it('a loan term in mo is whole months, as in months', async () => {
    const loan = readFileSync('scenarios/top-of-market-2021-11-10-loan.yaml', 'utf8');
    const term = /term: (\d+) months/.exec(loan);
    expect(term).not.toBeNull();
    const short = await validateScenarioText(loan.replace(term![0], `term: ${term![1]} mo`), 'mo.yaml');
    const long = await validateScenarioText(loan, 'months.yaml');
    if (!short.ok) throw new Error(short.problems.map((p) => p.message).join('\n'));
    expect(long.ok && JSON.stringify(short.scenario.finance)).toBe(
      long.ok && JSON.stringify(long.scenario.finance),
    );
  });
});
