// `minesim hashprice --date` before the shipped history said only that the history covers another
// span: past it the refusal points to `minesim quote --difficulty --price`, before it nothing was
// said of what to give (no import adds older days), and a day before the genesis block read as one
// the data lacks. Before the data it now names the quote's command line, with the block height that
// sets the subsidy (and --fees past the 31 days the first fees are held back); before the genesis
// block it says nothing was mined then.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function refusal(args: string[]): { stderr: string; status: number } {
  try {
    execFileSync(process.execPath, ['bin/minesim.mjs', 'hashprice', ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { stderr: '', status: 0 };
  } catch (error) {
    const e = error as { stderr: string; status: number };
    return { stderr: e.stderr.trimEnd(), status: e.status };
  }
}

describe('hashprice on a day before the data', () => {
  it('Bitcoin 17 days before: the quote with --height, the first day’s fees held', () => {
    const r = refusal(['--date', '2010-07-01']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "`minesim quote --machine <model> --tariff <USD/kWh> --date 2010-07-01 --difficulty <difficulty> --price <USD> --height <block height>` prints it (with the data's first day's fees unless --fees is given)",
    );
  });

  it('Bitcoin 198 days before: --fees asked too', () => {
    expect(refusal(['--date', '2010-01-01']).stderr).toContain(
      "--height <block height> --fees <coins a block>` prints it (--fees: the data's first fees are held back only 31 days)",
    );
  });

  it('Monero before its data: the quote with --coin monero', () => {
    expect(refusal(['--date', '2014-05-01', '--coin', 'monero']).stderr).toContain(
      '--height <block height> --coin monero` prints it',
    );
  });

  it('before the genesis block: nothing was mined', () => {
    const r = refusal(['--date', '2008-01-01']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'minesim: --date: the Bitcoin chain began on 2009-01-03 (its genesis block), so nothing was mined on 2008-01-01; give a --date on 2009-01-03 or after',
    );
  });

  it('the quote line it names, filled in, prints the hashprice', () => {
    const out = execFileSync(
      process.execPath,
      [
        'bin/minesim.mjs',
        'quote',
        '--machine',
        'Intel Core i7-2600K',
        '--coin',
        'monero',
        '--tariff',
        '0.1',
        '--date',
        '2014-05-01',
        '--difficulty',
        '50M',
        '--price',
        '2',
        '--height',
        '10000',
        '--unit-price',
        '50',
      ],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/hashprice [\d.]+ USD\/kH\/s\/day/);
  });
});
