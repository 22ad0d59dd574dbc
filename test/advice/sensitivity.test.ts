// `minesim sensitivity --by` on inputs at their field's bounds, or where the scenario's rules refuse
// an end --by moves to: the input moves inward only, saying so, or the study refuses with a range to
// give that it then takes.
import { describe, expect, it } from 'vitest';
import { boundNotes } from '../../src/report/charts/tornado.js';
import type { SensitivityResult } from '../../src/study/sensitivity.js';
import { parseInputs } from '../../src/study/sensitivity-inputs.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';
import { sets, shipped } from './harness.js';

// The hedge case over two years: a sensitivity judges P(payback <= 2 years).
const HEDGE = shipped('hashprice-hedge-2024-05').replace(/^horizon: 18 months.*$/m, 'horizon: 2 years');
const LOAN = shipped('top-of-market-2021-11-10-loan');

async function plan(text: string, inputs: string[], overrides: string[] = [], by = 0.2) {
  const parsed = parseInputs(inputs);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return planSensitivity(text, 'case.yaml', { inputs: parsed.specs, by, sets: sets(overrides) });
}

function notesOf(planned: Awaited<ReturnType<typeof plan>>): string[] {
  if (!planned.ok) throw new Error(planned.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const result = { by: planned.plan.by, rows: planned.plan.inputs.map((input) => ({ input })) };
  return boundNotes(result as unknown as SensitivityResult);
}

describe("an input no default input bounds, at its field's maximum", () => {
  // Each was refused with the schema's bound and a range the user never wrote
  // ("--input costs.fixed=800000000000..1200000000000 ... must be at most 1e12 USD/month").
  const CASES: [set: string, input: string, note: string][] = [
    ['costs.fixed=1e12 USD/month', 'costs.fixed', 'its high is cut to 1,000,000,000,000 USD/month'],
    ['fees.model={ type: per-block, amount: 1e6 }', 'fees.model.amount', 'its high is cut to 1,000,000'],
    ['fleet[0].setupCost=1e12 USD', 'fleet[0].setupCost', 'its high is cut to 1,000,000,000,000 USD'],
  ];
  for (const [set, input, note] of CASES)
    it(`planSensitivity() of --set ${set} --input ${input} moves it inward only, saying so`, async () => {
      const notes = notesOf(await plan(HEDGE, [input], [set]));
      expect(notes.join('\n')).toContain(note);
    });
});

describe("an end --by moves to that the scenario's rules refuse", () => {
  it("planSensitivity() keeps a margin call's restoreTo of 75 % moved 50 % at the base on the high side (113 % is above the covenant's 90 %), saying why", async () => {
    const planned = await plan(LOAN, ['finance.loans[0].marginCall.restoreTo'], [], 0.5);
    const notes = notesOf(planned);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('which the scenario refuses');
    expect(notes[0]).toContain('its high stays at the base, 75 %');
    if (planned.ok) expect(planned.plan.inputs[0]).toMatchObject({ low: 0.375, high: 0.75 });
  });

  it("planSensitivity() keeps a covenant of 90 % moved 50 % at the base on the low side (45 % is below the loan's drawn 76.26 %), and cuts the high side to 100 %", async () => {
    const notes = notesOf(await plan(LOAN, ['finance.loans[0].marginCall.loanToValue'], [], 0.5));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('its low stays at the base, 90 %');
    expect(notes[1]).toContain('its high is cut to 100 %');
  });

  it('planSensitivity() moves a deployment delay of 3 days to 2 and 4 days (2.4 and 3.6 days were refused as not whole days, with advice --by could not follow)', async () => {
    const planned = await plan(HEDGE, ['fleet[0].deploymentDelay'], ['fleet[0].deploymentDelay=3 days']);
    expect(notesOf(planned)).toEqual([]);
    if (planned.ok) expect(planned.plan.inputs[0]).toMatchObject({ low: 2, high: 4 });
  });

  it('planSensitivity() says nothing of a cut for a count of 3 moved to 2 and 4 (it said 2.4 was "past the least it takes", cut to 2)', async () => {
    expect(notesOf(await plan(HEDGE, ['fleet[0].count'], ['fleet[0].count=3']))).toEqual([]);
  });

  it('planSensitivity() refuses a loan term of 24 months moved 20 % (19.2 and 28.8 months), and takes the range it advises', async () => {
    const refused = await plan(LOAN, ['finance.loans[0].term']);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    const message = refused.problems[0].message;
    expect(message).toContain('both of which the scenario refuses');
    expect(message).toContain('give a range it takes with --input finance.loans[0].term=LOW..HIGH');
    // The range the refusal's reasons name: 19 and 29 months.
    expect(notesOf(await plan(LOAN, ['finance.loans[0].term=19 months..29 months']))).toEqual([]);
  });

  it('boundNotes() gives the bound a deployment delay of 100 years is cut to as 36,525 days, the figure the field takes (it printed 36,530 days, to 4 digits)', async () => {
    const notes = notesOf(
      await plan(HEDGE, ['fleet[0].deploymentDelay'], ['fleet[0].deploymentDelay=100 years']),
    );
    expect(notes).toEqual([
      'note: fleet[0].deploymentDelay moved ±20 % would reach 43,830 days, past the most it takes; its high is cut to 36,525 days',
    ]);
  });
});
