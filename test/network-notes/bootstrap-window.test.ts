// An explicitly named bootstrap price whose window the history cannot fill. A `to` past the
// history's last day was refused as "2025-12-31 is outside the bitcoin history (2010-07-18 to
// 2025-11-14)", saying nothing of what to give: it now says to end the window by that day or bring
// newer data. A window of days before a start past the history is refused unless the scenario
// allows a partial one (then it reads the days to the history's last and says how long before the
// start they end): the analyst's explicit choice, kept.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { loadHistory } from '../../src/data/history.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const { firstDate, lastDate } = loadHistory('bitcoin');

const yaml = (start: string, model: string) => `name: boot
coin: bitcoin
start: ${start}
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 10, unitPrice: 2800 USD }
power: { price: 0.055 USD/kWh }
network: { difficulty: 150 T, height: 930000, model: { type: growth, rate: 30 % } }
price: { start: 90000 USD, model: ${model} }
fees: { model: { type: share-of-subsidy, share: 1 % } }
`;

const problems = async (text: string) => {
  const v = await validateScenarioText(text, 'boot.yaml');
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('a named bootstrap price past the history', () => {
  it('validateScenarioText() of a `to` past the history says its last day and what to give', async () => {
    const found = await problems(yaml('2026-03-01', '{ type: bootstrap, from: 2021-12-31, to: 2025-12-31 }'));
    expect(found).toEqual([
      `price.model.to: 2025-12-31 is outside the bitcoin history (${firstDate} to ${lastDate}): its last day is ${lastDate}; give a \`price.model.to\` on or before it, or bring newer data with \`minesim data import <file>\` or \`minesim data fetch\` (got "2025-12-31")`,
    ]);
  });

  it('validateScenarioText() of a `from` before the history says its first day, and that an import adds none', async () => {
    const found = await problems(yaml('2012-03-01', '{ type: bootstrap, from: 2009-01-01, to: 2012-01-31 }'));
    expect(found.find((p) => p.startsWith('price.model.from'))).toContain(
      `price.model.from: 2009-01-01 is outside the bitcoin history (${firstDate} to ${lastDate}): its first day is ${firstDate}; give a \`price.model.from\` on or after it (an import adds only newer days)`,
    );
  });

  it('validateScenarioText() takes a 4-year window the day after the history ends (it ends on the last day) and refuses it a day later', async () => {
    expect(await problems(yaml(addDays(lastDate, 1), '{ type: bootstrap }'))).toEqual([]);
    const [later] = await problems(yaml(addDays(lastDate, 2), '{ type: bootstrap }'));
    expect(later).toContain('price.model.window: the calibration window');
    expect(later).toContain(`1,460 of its 1,461 days in the bitcoin history (${firstDate} to ${lastDate})`);
    expect(later).toContain('bring newer data with `minesim data import <file>`');
    expect(later).toContain('`price.model.partial: allowed`');
  });

  it('validateScenarioText() with `partial: allowed` 32 days past takes the days to the last, as asked', async () => {
    expect(await problems(yaml(addDays(lastDate, 32), '{ type: bootstrap, partial: allowed }'))).toEqual([]);
  });
});
