// A file named by empty text (`minesim validate ""`, a script's unset variable) was refused as
// ": cannot read the file (no such file)", a line that names nothing. It is named "" and says so.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../hostile/in-process.js';

describe('a scenario named by empty text', () => {
  it.each([['validate'], ['run'], ['backtest']])('minesim %s "" says the name is empty', async (command) => {
    const out = await runCommand([command, '']);
    expect(out.exit).toBe(2);
    expect(out.output.split('\n')[0]).toBe(
      '"": cannot read the file (its name is empty: give the path of a file)',
    );
  });
});
