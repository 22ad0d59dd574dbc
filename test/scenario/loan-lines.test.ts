// The assumptions table lists every input of a run. How often a lender tests its covenant
// (`marginCall.testEvery`) changes which dips call the loan, yet the loan's line did not name it:
// a covenant tested weekly and one tested daily read the same, "margin call above 90 % of the
// collateral (resale value), restoring 90 %; ...".
import { describe, expect, it } from 'vitest';
import { financeLines } from '../../src/scenario/finance-lines.js';
import { loadScenario } from '../fixtures/scenarios.js';

const loanNote = async (testEvery: string | undefined) => {
  const s = await loadScenario('top-of-market-2021-11-10-loan', (draft) => {
    if (testEvery === undefined) delete draft.finance.loans[0].marginCall.testEvery;
    else draft.finance.loans[0].marginCall.testEvery = testEvery;
  });
  return financeLines(s).find((l) => l.label.startsWith('Loan:'))?.note ?? '';
};

describe('financeLines() of a loan with a covenant', () => {
  it('names how often the covenant is tested: daily by default, else every so many days', async () => {
    expect(await loanNote(undefined)).toContain('tested daily');
    expect(await loanNote('1 week')).toContain('tested every 7 days');
    // A month is 30.4375 days, test k on drawdown + round(k x 30.4375).
    expect(await loanNote('1 month')).toContain('tested every 30.4375 days');
  });
});
