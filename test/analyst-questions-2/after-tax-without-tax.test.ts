// The S9 loan of December 2017 states no tax. Its back-test printed "IRR project / after tax /
// equity 134 % / 134 % / 284 %" and summary.md's "NPV, project after tax" and "IRR, project
// after tax" rows, the project's own figures under a tax nobody stated, while a claim on them
// (`after-tax irr > 10 %`) is refused: "the scenario states no tax". The after-tax measures are now
// summarised only with `finance.tax`: without it summary.json has no afterTaxNpvUsd or afterTaxIrr,
// and the terminal, summary.md and report.html leave their rows out (the batch index says "no tax
// stated", a sweep's NPV chart that the scenario states no tax); with a tax rule (a rate of 0 %
// included) they stay.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, useScratchFolder } from './hand.js';

const { backtest, outDir, scenarioFile } = useScratchFolder({ charts: false });

const text = (tax: string) => `name: s9-peak-2017-loan
start: 2017-12-17
horizon: 877 days
fleet:
  - { name: s9, model: Antminer S9, count: 100, unitPrice: 2300 USD, retire: 2020-05-11 }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
finance:
  loans:
    - { loanToValue: 60 %, rate: 12.8 %, term: 24 months, marginCall: { loanToValue: 85 % } }
${tax}`;

describe('the after-tax measures of a scenario that states no tax', { timeout: 120_000 }, () => {
  it('minesim backtest and run leave them out where a claim on them is refused', async () => {
    const file = scenarioFile('no-tax', text(''));
    const claim = await cli('validate', file, '--set', 'claims=["after-tax irr > 10 %"]');
    expect(claim.code).toBe(2);
    expect(claim.stdout + claim.stderr).toContain('the scenario states no tax');

    const { summary, text: shown, folder } = await backtest(file);
    expect(summary.headline.afterTaxIrr).toBeUndefined();
    expect(summary.headline.afterTaxNpvUsd).toBeUndefined();
    expect(shown).toMatch(/IRR project \/ equity +134 % \/ 284 %/);
    expect(shown).not.toContain('after tax');
    for (const page of ['summary.md', 'report.html']) {
      const body = readFileSync(join(folder, page), 'utf8');
      expect(body, page).not.toContain('project after tax');
      expect(body, page).toContain('IRR, equity');
    }
    const run = await cli('run', file, '--paths', '20', '--workers', '1', '--out', `${folder}-run`);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/IRR p50 project \/ equity /);
    expect(run.stdout).not.toContain('after tax');
  });

  it('minesim sweep says the scenario states no tax, not that the after-tax line is the same (no tax paid)', async () => {
    const file = scenarioFile('no-tax-sweep', text(''));
    const out = join(outDir, 'no-tax-sweep');
    const swept = await cli(
      'sweep',
      file,
      '--vary',
      'power.price=0.05,0.08',
      '--paths',
      '20',
      '--workers',
      '1',
      '--out',
      out,
    );
    expect(swept.code).toBe(0);
    const chart = readFileSync(join(out, 'charts', 'sweep-equity-npv.vl.json'), 'utf8');
    expect(chart).toContain('The scenario states no tax: there is no after-tax line.');
    expect(chart).not.toContain('no tax paid');
  });

  it('minesim backtest keeps them with a tax rule, at 0 % too', async () => {
    const { summary, text: shown } = await backtest(scenarioFile('zero-tax', text('  tax: { rate: 0 % }\n')));
    expect(summary.headline.afterTaxIrr!.quantiles.p50).toBe(summary.headline.irr.quantiles.p50);
    expect(shown).toMatch(/IRR project \/ after tax \/ equity +134 % \/ 134 % \/ 284 %/);
  });
});
