// `--workers 1e400` was refused "--workers takes a number (got "1e400")": a number too large for
// a double reads as Infinity, which the check of a number word took for no number. It is a number
// above the bound, as 1e308 is: --workers is capped with its note, and every other number option
// says its bound, each naming the value as written.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../hostile/in-process.js';

describe('a number option too large for a double is above its bound, shown as written', () => {
  it('--workers 1e400: capped, as 1e308 is', async () => {
    const outcome = await runCommand(['run', 'no-such.yaml', '--paths', '2', '--workers', '1e400']);
    expect(outcome.output).toContain('--workers 1e400: a run or a study starts at most');
    expect(outcome.output).not.toContain('takes a number');
    expect(outcome.output).not.toContain('Infinity');
  });

  it('--paths 1e400 and --paths=1E+400: above the bound', async () => {
    const a = await runCommand(['run', 'no-such.yaml', '--paths', '1e400']);
    expect(a.exit).toBe(2);
    expect(a.output).toContain('--paths must be a whole number from 1 to 10,000,000 (got 1e400)');
    const b = await runCommand(['sweep', 'no-such.yaml', '--paths=1E+400']);
    expect(b.output).toContain('(got 1E+400)');
  });

  it('network-fit --days 1e400 and quote --pue 1e400: their bounds, as written', async () => {
    const days = await runCommand(['network-fit', '--days', '1e400']);
    expect(days.output).toContain('--days must be a whole number from 364 to 36,525 (got 1e400)');
    const pue = await runCommand([
      'quote',
      '--machine',
      'Antminer S21',
      '--tariff',
      '0.05',
      '--pue',
      '1e400',
    ]);
    expect(pue.output).toContain('--pue: must be from 1 to 3 (got 1e400)');
  });

  it('a word that is no number is still refused as one', async () => {
    const outcome = await runCommand(['run', 'no-such.yaml', '--workers', 'Infinity']);
    expect(outcome.output).toContain('--workers takes a number (got "Infinity")');
  });
});
