// The shipped hardware rows: every row loads, is positive and consistent, and says where its
// figures come from; the 2025-2026 machines are there with their published figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findHardware, loadCatalog } from '../../src/data/catalog.js';
import { readCsvText } from '../../src/data/csv.js';
import { dataPath } from '../../src/data/paths.js';
import { looseKey } from '../../src/data/similar.js';

function rawRows(file: string): Record<string, string>[] {
  const { header, rows } = readCsvText(readFileSync(dataPath(file), 'utf8'));
  const names = header?.cells.map((c) => c.text) ?? [];
  return rows.map((r) => Object.fromEntries(names.map((n, i) => [n, r.cells[i]?.text ?? ''])));
}

const ASICS = rawRows('asic-models.csv');
const EXTRA = rawRows('hardware-extra.csv');

describe('data/asic-models.csv and data/hardware-extra.csv', () => {
  it.each(ASICS.map((r) => [r.model, r] as const))(
    'asic-models.csv %s: positive figures and efficiency_j_per_th = power_w / hashrate_ths rounded to 0.1',
    (_, r) => {
      const ths = Number(r.hashrate_ths);
      const w = Number(r.power_w);
      expect(ths).toBeGreaterThan(0);
      expect(w).toBeGreaterThan(0);
      expect(Number(r.efficiency_j_per_th)).toBeCloseTo(Math.round((w / ths) * 10) / 10, 6);
      expect(r.release_month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(r.source.length).toBeGreaterThan(10);
      expect(['high', 'medium', 'low']).toContain(r.confidence);
    },
  );

  it.each(EXTRA.map((r) => [r.model, r] as const))(
    'hardware-extra.csv %s: positive hashrate and power, a source, and low confidence for assumed power',
    (_, r) => {
      expect(Number(r.hashrate_hs)).toBeGreaterThan(0);
      expect(Number(r.power_w)).toBeGreaterThan(0);
      expect(r.source.length).toBeGreaterThan(10);
      if (r.source.includes('ASSUMPTION')) expect(r.confidence).toBe('low');
    },
  );

  it('loadCatalog() converts every row to the same machine: hashrate in H/s, power in W', () => {
    const byName = new Map(loadCatalog().map((m) => [m.model, m]));
    for (const r of ASICS) {
      const m = byName.get(r.model);
      expect(m?.hashrateHs).toBeCloseTo(Number(r.hashrate_ths) * 1e12, -3);
      expect(m?.powerW).toBe(Number(r.power_w));
    }
    for (const r of EXTRA) expect(byName.get(r.model)?.hashrateHs).toBe(Number(r.hashrate_hs));
  });

  it('no two catalog names read alike once case, spaces, hyphens and underscores are ignored', () => {
    const names = loadCatalog().map((m) => looseKey(m.model));
    expect(new Set(names).size).toBe(names.length);
  });

  it('a row whose date or figures come from general knowledge is marked low confidence', () => {
    for (const r of [...ASICS, ...EXTRA]) {
      const text = `${r.release_note ?? ''} ${r.source}`;
      if (text.includes('general knowledge')) expect(r.confidence, r.model).toBe('low');
    }
  });
});

describe('the 2025-2026 machines', () => {
  // name, TH/s (or H/s for a CPU), W: spot checks against the published figures quoted in the rows.
  const SHA256: [string, number, number][] = [
    ['Antminer T21', 190, 3610],
    ['Antminer S21+', 216, 3564],
    ['Antminer S21+ Hydro', 319, 4785],
    ['Antminer S21 XP Hydro', 473, 5676],
    ['Antminer S21e XP Hydro 3U', 860, 11180],
    ['Antminer S23', 318, 3498],
    ['Antminer S23 Hydro', 580, 5510],
    ['Antminer S23 Hydro 3U', 1160, 11020],
    ['Whatsminer M60S', 186, 3255],
    ['Whatsminer M66S++', 356, 5518],
    ['Whatsminer M70S', 248, 3348],
    ['Avalon A1566', 185, 3420],
    ['Avalon A16 XP', 300, 3850],
    ['Avalon Nano 3S', 6, 140],
    ['Bitaxe Gamma', 1.2, 18],
    ['NerdQAxe++', 4.8, 76],
  ];

  it.each(SHA256)('findHardware(%j) is a Bitcoin ASIC of %d TH/s at %d W', (name, ths, w) => {
    const m = findHardware(name);
    expect(m?.hardwareClass).toBe('sha256');
    expect((m?.hashrateHs ?? 0) / 1e12).toBeCloseTo(ths, 9);
    expect(m?.powerW).toBe(w);
  });

  it('the Monero CPUs of 2022-2025 carry RandomX hashrates from the XMRig benchmark aggregate', () => {
    const cpus = [
      'AMD Ryzen 9 7950X',
      'AMD Ryzen 9 7950X3D',
      'AMD Ryzen 9 9950X',
      'Intel Core i9-13900K',
      'Intel Core i9-14900K',
      'Intel Core Ultra 9 285K',
      'AMD EPYC 9654',
    ].map((name) => findHardware(name));
    for (const cpu of cpus) {
      expect(cpu).toMatchObject({ hardwareClass: 'cpu', algorithm: 'randomx', confidence: 'low' });
      expect(cpu?.source).toContain('Cyrix126/gupaxx@6393cafa');
    }
    expect(findHardware('AMD Ryzen 9 9950X')?.hashrateHs).toBe(22_265);
    // A 16-core desktop of 2024 mines about four times what the 2018 i9-9900K did.
    expect(
      findHardware('AMD Ryzen 9 9950X')!.hashrateHs / findHardware('Intel Core i9-9900K')!.hashrateHs,
    ).toBeGreaterThan(3.5);
  });
});
