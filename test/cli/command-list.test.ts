import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.js';

describe('COMMANDS', () => {
  it('names and describes each command as its module does, so the help lists it without loading it', async () => {
    for (const entry of COMMANDS) {
      const module = await entry.load();
      expect({ command: module.command, describe: module.describe }).toEqual({
        command: entry.command,
        describe: entry.describe,
      });
    }
  });
});
