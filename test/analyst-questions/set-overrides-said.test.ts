// The flagship re-asked with another fleet and tariff (`--set fleet[0].count=50 --set
// power.price="0.05 USD/kWh"`): the report opened with the file's description, "Ten Antminer S9s
// ...", beside a fleet of 50 units, and no output but manifest.json said the run was not the file's.
// summary.json now lists the overrides (scenario.overrides) and the run table of summary.md and
// report.html says what was changed from the file; the terminal's title line says so too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { withoutCharts } from '../analyst-questions-2/hand.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-set-said-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await main(args);
    return { code: Number(process.exitCode ?? 0), stdout };
  } finally {
    process.exitCode = undefined;
    err.mockRestore();
    out.mockRestore();
  }
}

const sets = ['--set', 'fleet[0].count=50', '--set', 'power.price=0.05 USD/kWh'];
/**
 * The flagship drawing no charts, for the run and the back-tests: nothing here reads a chart, and
 * a --set of outputs.charts would be one more override said.
 */
const FLAGSHIP = join(dir, 'north-korea-2017-s9.yaml');
writeFileSync(FLAGSHIP, withoutCharts(readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8')));

describe('a run with --set says what it changed from the file', { timeout: 60_000 }, () => {
  it.each([
    ['run', ['--paths', '20']],
    ['backtest', []],
  ])(
    'minesim %s --set: summary.json scenario.overrides, the run table and the title line name them',
    async (command, more) => {
      const out = join(dir, command);
      const { code, stdout } = await cli(command, FLAGSHIP, ...sets, ...more, '--out', out);
      expect(code).toBe(0);
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
      expect(summary.scenario.overrides).toEqual(['fleet[0].count=50', 'power.price=0.05 USD/kWh']);
      const md = readFileSync(join(out, 'summary.md'), 'utf8');
      expect(md).toContain(
        '| Changed from the file | --set fleet\\[0\\].count=50, --set power.price=0.05 USD/kWh (the name and description above are the file’s) |',
      );
      expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Changed from the file');
      expect(stdout.split('\n')[0]).toContain('with --set fleet[0].count=50, --set power.price=0.05 USD/kWh');
    },
  );

  it('minesim run without --set writes no overrides and no such row', async () => {
    const out = join(dir, 'plain');
    expect((await cli('backtest', FLAGSHIP, '--out', out)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).scenario.overrides).toBeUndefined();
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).not.toContain('Changed from the file');
  });
});

describe('a sweep or sensitivity study with --set says what it changed from the file', {
  timeout: 120_000,
}, () => {
  it('minesim sweep --set: sweep.json scenario.overrides and the title line name them', async () => {
    const out = join(dir, 'sweep');
    const { code, stdout } = await cli(
      'sweep',
      'scenarios/north-korea-2017-s9.yaml',
      ...sets,
      '--vary',
      'fleet[0].unitPrice=1500,2500',
      '--paths',
      '20',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const sweep = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8'));
    expect(sweep.scenario.overrides).toEqual(['fleet[0].count=50', 'power.price=0.05 USD/kWh']);
    expect(stdout.split('\n')[0]).toContain('with --set fleet[0].count=50, --set power.price=0.05 USD/kWh');
  });

  it('minesim sensitivity --set: sensitivity.json scenario.overrides and the title line name them', async () => {
    const out = join(dir, 'sensitivity');
    const { code, stdout } = await cli(
      'sensitivity',
      'scenarios/north-korea-2017-s9.yaml',
      ...sets,
      '--input',
      'fleet[0].unitPrice=1500 USD..2500 USD',
      '--paths',
      '20',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const study = JSON.parse(readFileSync(join(out, 'sensitivity.json'), 'utf8'));
    expect(study.scenario.overrides).toEqual(['fleet[0].count=50', 'power.price=0.05 USD/kWh']);
    expect(stdout.split('\n')[0]).toContain('with --set fleet[0].count=50, --set power.price=0.05 USD/kWh');
  });
});

describe('overrideMessages.changed()', () => {
  it('says the name and description are the file’s only where no --set gives them', async () => {
    const { overrideMessages: o } = await import('../../src/messages/overrides.js');
    expect(o.changed(['fleet[0].count=50'])).toBe(
      '--set fleet[0].count=50 (the name and description above are the file’s)',
    );
    expect(o.changed(['description=fifty S9s', 'fleet[0].count=50'])).toBe(
      '--set description=fifty S9s, --set fleet[0].count=50 (the name above is the file’s)',
    );
    expect(o.changed(['name=fifty', 'description=fifty S9s'])).toBe(
      '--set name=fifty, --set description=fifty S9s',
    );
  });
});
