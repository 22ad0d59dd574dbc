// README.md's Scenarios section shows what `minesim validate` prints for a bad file. An analyst
// reads the list of price models there: it must be the one minesim gives, word for word.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

// A file that gives the README's four problems at the README's positions.
const BAD = `name: bad
start: 2021-01-01
fleet:
  - model: Antminer S8
    count: 10
    cuont: 3
    power: 13 TH/s
    unitPrice: 100
power: { price: 0.05 }
price: {model: {type: gmb}}
`;

describe('README Scenarios: the messages of a bad file', () => {
  it('are what minesim validate prints for it', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const shown = readme.split('\n').filter((line) => line.startsWith('bad.yaml:'));
    expect(shown.length).toBe(4);
    const dir = join(tmpdir(), `minesim-readme-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bad.yaml'), BAD);
    const run = spawnSync(process.execPath, [join(root, 'bin/minesim.mjs'), 'validate', 'bad.yaml'], {
      cwd: dir,
      encoding: 'utf8',
    });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(2);
    // The price models listed were five ("fixed" to "historical"): minesim lists seven, with
    // "garch-t" and "mixture".
    expect(run.stderr.split('\n').filter((line) => line.startsWith('bad.yaml:'))).toEqual(shown);
  });
});
