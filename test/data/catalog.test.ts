import { describe, expect, it } from 'vitest';
import { closestHardwareNames, findHardware, loadCatalog } from '../../src/data/catalog.js';
import { closestNames, editDistance } from '../../src/data/similar.js';
import { strandingChange } from '../../src/model/monero.js';

describe('loadCatalog()', () => {
  it('loadCatalog() reads the 55 Bitcoin ASICs and the extra hardware with hashrate in H/s', () => {
    const catalog = loadCatalog();
    expect(catalog.filter((m) => m.hardwareClass === 'sha256')).toHaveLength(55);
    const s9 = findHardware('Antminer S9');
    expect(s9).toMatchObject({
      hashrateHs: 13.5e12,
      powerW: 1323,
      hardwareClass: 'sha256',
      algorithm: 'sha256',
    });
    expect(s9?.launchPriceUsd).toBeUndefined();
    expect(findHardware('Antminer S19')?.launchPriceUsd).toBe(2180);
  });

  it('loadCatalog() lists the Antminer X3 as a CryptoNight ASIC that the v7 fork strands', () => {
    const x3 = findHardware('Antminer X3');
    expect(x3).toMatchObject({
      hashrateHs: 220_000,
      powerW: 550,
      hardwareClass: 'cryptonight-asic',
      algorithm: 'cryptonight',
    });
    expect(strandingChange(x3?.hardwareClass ?? '')?.date).toBe('2018-04-06');
  });

  it('loadCatalog() gives the RandomX CPUs their README hashrates and flags assumed power as low confidence', () => {
    expect(findHardware('Intel Core i9-9900K')?.hashrateHs).toBe(5_770);
    expect(findHardware('AMD Ryzen 7 1700')?.hashrateHs).toBe(4_100);
    for (const m of loadCatalog().filter((m) => m.source.includes('ASSUMPTION')))
      expect(m.confidence).toBe('low');
  });
});

describe('findHardware()', () => {
  it('findHardware() ignores case, spaces, hyphens and underscores', () => {
    for (const name of ['antminer-s9', 'ANTMINER S9', 'Antminer_S9', 'antminers9']) {
      expect(findHardware(name)?.model).toBe('Antminer S9');
    }
  });

  it('findHardware() returns undefined for an unknown model and closestHardwareNames() suggests the S9', () => {
    expect(findHardware('Antminer S8')).toBeUndefined();
    const suggestions = closestHardwareNames('Antminer S8');
    expect(suggestions).toHaveLength(3);
    expect(suggestions).toContain('Antminer S9');
  });

  it('closestHardwareNames() ranks names containing the input first and suggests nothing for nonsense', () => {
    expect(closestHardwareNames('S9')).toEqual(['Antminer S9', 'Antminer S9j', 'Antminer S9i (14T)']);
    expect(closestHardwareNames('i9 9900')).toEqual(['Intel Core i9-9900K']);
    expect(closestHardwareNames('xyzzy')).toEqual([]);
  });
});

describe('closestNames()', () => {
  it('editDistance() counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('effciiency', 'efficiency')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('closestNames() suggests a known key for a misspelt one', () => {
    const keys = ['efficiency', 'powerW', 'hashrate', 'units'];
    expect(closestNames('efficency', keys)).toEqual(['efficiency']);
    expect(closestNames('power_w', keys, 1)).toEqual(['powerW']);
  });
});
