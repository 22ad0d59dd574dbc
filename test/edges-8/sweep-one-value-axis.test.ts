// A sweep looks for the 2-year line and each claim's boundary along its first axis, row by row of
// the others. With one value on that axis (`--vary power.price=0.1 --vary
// 'fleet[0].unitPrice=1500..2500:3'`) every row was one point: the sweep printed "P(payback <= 2
// years) stays above 0.5 all along power.price" for each unit price and sweep.json no crossing,
// where P(payback <= 2 years) fell from 0.8 to 0.4 across the unit prices. Such a grid is refused
// before any run, saying what to give; a sweep of one value alone says it is of one value.
import { describe, expect, it } from 'vitest';
import { sweepMessages } from '../../src/messages/sweep.js';
import { sweepBoundaryLines } from '../../src/report/sweep-boundary-lines.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { runMain } from '../fixtures/main-in-process.js';
import { makeSweep } from '../fixtures/sweep.js';

const FLAGSHIP = 'scenarios/north-korea-2017-s9.yaml';

describe('a sweep whose first axis has one value beside other axes', () => {
  it('minesim sweep refuses it before any run, naming the axis and what to give (it said no boundary where one lay)', async () => {
    const r = await runMain([
      'sweep',
      FLAGSHIP,
      '--vary',
      'power.price=0.1',
      '--vary',
      'fleet[0].unitPrice=1500..2500:3',
      '--paths',
      '10',
      '--out',
      '/nonexistent/edges-8/sweep-one-value',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `--vary power.price=0.1: ${sweepMessages.firstAxisOneValue('power.price', '0.1', 'fleet[0].unitPrice')}`,
    );
    expect(r.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('minesim sweep still runs a one-value axis after the first (its rows are along the first)', async () => {
    const r = await runMain([
      'sweep',
      FLAGSHIP,
      '--vary',
      'fleet[0].unitPrice=1500..2500:3',
      '--vary',
      'power.price=0.1',
      '--paths',
      '10',
      '--json',
      '--out',
      '/nonexistent/edges-8/sweep-one-value',
    ]);
    // Refused for its folder only, past the grid's checks.
    expect(r.stderr).not.toContain(
      sweepMessages.firstAxisOneValue('power.price', '0.1', 'fleet[0].unitPrice'),
    );
  });

  it('validate refuses a scenario whose sweep.vary starts with an axis of one value', async () => {
    const text = `${await import('node:fs').then((fs) => fs.readFileSync(FLAGSHIP, 'utf8'))}`.replace(
      '    - power.price=0.02..0.20:7 ',
      '    - power.price=0.1          ',
    );
    expect(text).toContain('- power.price=0.1 ');
    const result = await validateScenarioText(text, 's.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.line}:${p.col} ${p.path}: ${p.message}`)).toEqual([
      `62:7 sweep.vary[0]: ${sweepMessages.firstAxisOneValue('power.price', '0.1', 'fleet[0].unitPrice')} (got "power.price=0.1")`,
    ]);
  });
});

describe('a sweep of one value', () => {
  it('sweepBoundaryLines() says the share at the one value, not that it "stays above 0.5 all along" the axis', () => {
    const lines = sweepBoundaryLines(makeSweep('power.price=0.1'));
    expect(lines).toEqual([sweepMessages.oneValue('power.price = 0.1 USD/kWh', true)]);
    expect(lines.join('\n')).not.toContain('all along');
  });

  it('the sweep’s title says "1 grid point", not "1 grid points"', () => {
    expect(sweepMessages.tableTitle('s', 1, 10, 1)).toContain('sweep of 1 grid point, 10 paths each');
    expect(sweepMessages.tableTitle('s', 3, 10, 1)).toContain('sweep of 3 grid points,');
  });
});
