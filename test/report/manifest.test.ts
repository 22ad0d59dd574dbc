import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { historyData } from '../../src/data/history.js';
import { createManifest, sha256Hex } from '../../src/report/manifest.js';

describe('createManifest()', () => {
  const input = {
    scenarioPath: 'scenarios/s9.yaml',
    scenarioSource: 'name: s9\n',
    data: historyData('bitcoin'),
    seed: 2017,
    paths: 1000,
    workers: 4,
    startedAt: new Date('2026-01-05T09:00:00.000Z'),
    finishedAt: new Date('2026-01-05T09:00:02.500Z'),
    argv: ['/usr/bin/node', '/opt/minesim/bin/minesim.mjs', 'run', 'scenarios/s9.yaml', '--paths', '1000'],
  };

  it('records the version from package.json, the node version, times and duration', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    const manifest = await createManifest(input);
    expect(manifest.minesimVersion).toBe(pkg.version);
    expect(manifest.nodeVersion).toBe(process.version);
    expect(manifest.startedAt).toBe('2026-01-05T09:00:00.000Z');
    expect(manifest.finishedAt).toBe('2026-01-05T09:00:02.500Z');
    expect(manifest.durationMs).toBe(2500);
    expect({ seed: manifest.seed, paths: manifest.paths, workers: manifest.workers }).toEqual({
      seed: 2017,
      paths: 1000,
      workers: 4,
    });
  });

  it('hashes the scenario bytes with SHA-256 and keeps the path as given', async () => {
    const manifest = await createManifest(input);
    expect(manifest.scenario).toEqual({ path: 'scenarios/s9.yaml', sha256: sha256Hex('name: s9\n') });
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('records the command line from the script name on, without the node executable', async () => {
    const manifest = await createManifest(input);
    expect(manifest.command).toEqual(['minesim', 'run', 'scenarios/s9.yaml', '--paths', '1000']);
  });

  it('records each history file the run read: coin, kind, path, SHA-256 and dates', async () => {
    const manifest = await createManifest(input);
    const bytes = await readFile(new URL('../../data/btc-daily.csv', import.meta.url));
    expect(manifest.data).toEqual([
      {
        coin: 'bitcoin',
        kind: 'shipped',
        file: 'data/btc-daily.csv',
        sha256: sha256Hex(bytes),
        firstDate: '2010-07-18',
        lastDate: '2025-11-14',
      },
    ]);
  });
});
