// `minesim quote --coin monero` said "Held fixed: no difficulty growth, halving, ..." though Monero
// never halves (its reward falls block by block with the emission, which its own note then names).
// A Monero quote now says the fall of the block reward is held; Bitcoin's line is unchanged.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const quote = (args: string[]) =>
  execFileSync(process.execPath, ['bin/minesim.mjs', 'quote', ...args], { encoding: 'utf8' });

describe('the quote’s held-fixed line names what the coin’s reward does', () => {
  it('Monero: no fall of the block reward, not a halving', () => {
    const text = quote([
      '--coin',
      'monero',
      '--machine',
      'Intel Core i9-9900K',
      '--tariff',
      '0.06',
      '--unit-price',
      '300',
    ]);
    expect(text).toContain(
      '  Held fixed: no difficulty growth, fall of the block reward, wear or failures; the opening split of a revenue share; fixed costs and deposits left out.',
    );
    expect(text).not.toContain('halving');
  });

  it('Bitcoin: as before', () => {
    expect(quote(['--machine', 'Antminer S21', '--tariff', '0.06'])).toContain(
      '  Held fixed: no difficulty growth, halving, wear or failures; the opening split of a revenue share; fixed costs and deposits left out.',
    );
  });
});
