import { describe, expect, it } from 'vitest';
import { findHardware, shippedCatalog } from '../../src/data/catalog.js';
import type { HardwareModel } from '../../src/data/hardware-model.js';
import { createNameIndex, nameForms } from '../../src/data/hardware-names.js';
import { catalogMessages as m } from '../../src/messages/catalog.js';

const machine = (model: string, manufacturer = 'Bitmain'): HardwareModel => ({
  model,
  manufacturer,
  releaseMonth: '2024-01',
  hashrateHs: 2e14,
  powerW: 3500,
  hardwareClass: 'sha256',
  algorithm: 'sha256',
  source: 'test',
  confidence: 'low',
});

describe('shippedCatalog().lookup()', () => {
  const lookup = (name: string) => shippedCatalog().lookup(name);

  it('lookup() finds a machine by its own name, loosely, and says nothing more', () => {
    for (const name of ['Antminer S21', 'antminer-s21', 'ANTMINER_S21'])
      expect(lookup(name)).toEqual({ kind: 'found', model: findHardware('Antminer S21') });
  });

  it('lookup("S19j Pro") and lookup("Antminer S19j Pro") pick the 100T bin named in data/hardware-aliases.csv and say why', () => {
    for (const name of ['S19j Pro', 'Antminer S19j Pro', 'Bitmain Antminer S19j Pro']) {
      const found = lookup(name);
      expect(found.kind).toBe('found');
      if (found.kind !== 'found') continue;
      expect(found.model.model).toBe('Antminer S19j Pro (100T)');
      expect(found.reading).toBe(
        m.aliasReason(
          'the S19j Pro shipped in 96/100/104 TH/s bins; the 100 TH/s bin is the one most often quoted for the model',
        ),
      );
    }
  });

  it.each([
    ['S21', 'Antminer S21', [m.withoutBrand('Antminer')]],
    ['M60S', 'Whatsminer M60S', [m.withoutBrand('Whatsminer')]],
    ['A16 XP', 'Avalon A16 XP', [m.withoutBrand('Avalon')]],
    ['Bitmain Antminer S21', 'Antminer S21', [m.withMaker('Bitmain')]],
    ['Antminer S9i', 'Antminer S9i (14T)', [m.withoutBin('(14T)')]],
    ['S9i', 'Antminer S9i (14T)', [m.withoutBrand('Antminer'), m.withoutBin('(14T)')]],
    ['Ryzen 9 9950X', 'AMD Ryzen 9 9950X', [m.withoutBrand('AMD')]],
  ] as const)('lookup(%j) reads it as %j and says what was left out or added', (name, model, changes) => {
    expect(lookup(name)).toMatchObject({ kind: 'found', model: { model }, reading: m.shortened(changes) });
  });

  it('lookup() of a name no machine fits suggests the nearest names, as the "did you mean" message needs', () => {
    expect(lookup('Antminer S99')).toEqual({
      kind: 'unknown',
      suggestions: ['Antminer S9', 'Antminer S9j', 'Antminer S19'],
    });
  });

  it('the shipped aliases clash with no machine name and with no other alias', () => {
    // shippedCatalog() throws on a clash; every alias target is a catalog machine.
    expect(shippedCatalog().lookup('Antminer U3S21EXPH')).toMatchObject({
      kind: 'found',
      model: { model: 'Antminer S21e XP Hydro 3U' },
    });
    expect(lookup('S23 Hyd 3U')).toMatchObject({ kind: 'found', model: { model: 'Antminer S23 Hydro 3U' } });
  });
});

describe('createNameIndex()', () => {
  it('lookup() of a short form that fits several machines is ambiguous and lists them in catalog order', () => {
    const models = [machine('Antminer S21'), machine('Antminer S21 (195T)'), machine('Antminer S21 (188T)')];
    const index = createNameIndex(models, []);
    expect(index.lookup('S21')).toEqual({
      kind: 'ambiguous',
      candidates: ['Antminer S21', 'Antminer S21 (195T)', 'Antminer S21 (188T)'],
    });
    // The full name still finds its machine; an alias settles the short one.
    expect(index.lookup('Antminer S21')).toMatchObject({ kind: 'found', model: { model: 'Antminer S21' } });
    const settled = createNameIndex(models, [
      { alias: 'Antminer S21', model: 'Antminer S21 (195T)', reason: 'r' },
    ]);
    expect(settled.conflicts).toEqual(['alias form "Antminer S21" is the name of a machine']);
    const byAlias = createNameIndex(models, [
      { alias: 'S21 default', model: 'Antminer S21 (195T)', reason: 'r' },
    ]);
    expect(byAlias.lookup('Bitmain S21 default')).toMatchObject({ model: { model: 'Antminer S21 (195T)' } });
  });

  it('createNameIndex() reports an alias naming an unknown machine and one alias standing for two machines', () => {
    const models = [machine('Antminer S21'), machine('Antminer T21')];
    const index = createNameIndex(models, [
      { alias: 'X21', model: 'Antminer S21', reason: 'r' },
      { alias: 'x-21', model: 'Antminer T21', reason: 'r' },
      { alias: 'Y', model: 'Antminer S99', reason: 'r' },
    ]);
    expect(index.conflicts).toEqual([
      'alias form "x-21" stands for both "Antminer S21" and "Antminer T21"',
      'alias form "Bitmain x-21" stands for both "Antminer S21" and "Antminer T21"',
      'alias "Y" names "Antminer S99", which is not in the catalog',
    ]);
  });
});

describe('nameForms()', () => {
  it('nameForms() never shortens a name to a bare number or drops a word with a digit', () => {
    const names = (model: string, maker: string) => nameForms(model, maker).map((f) => f.name);
    expect(names('AvalonMiner 1246', 'Canaan')).toEqual(['AvalonMiner 1246', 'Canaan AvalonMiner 1246']);
    expect(names('2x Intel Xeon X5650', 'Intel')).toEqual(['2x Intel Xeon X5650']);
    expect(names('Antminer S9i (14T)', 'Bitmain')).toEqual([
      'Antminer S9i (14T)',
      'S9i (14T)',
      'Bitmain Antminer S9i (14T)',
      'Antminer S9i',
      'S9i',
      'Bitmain Antminer S9i',
    ]);
  });
});
