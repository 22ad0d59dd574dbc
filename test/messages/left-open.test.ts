// Messages and labels an earlier review of every message's words left open: what they must say.

import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';

describe('cliMessages', () => {
  it('cliMessages.initExists() names --force, the option that overwrites the file (it said only "choose another name or remove it first")', () => {
    const text = cliMessages.initExists('mine.yaml');
    expect(text).toContain('mine.yaml already exists');
    expect(text).toContain('--force');
  });
});
