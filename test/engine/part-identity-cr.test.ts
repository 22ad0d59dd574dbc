// Parts of two runs whose scenario texts differ: the merge names the first line they differ on.
// For a scenario with CR alone at its lines' ends (which minesim reads as YAML 1.2 does), the
// texts were split at LF only, so the difference was always "line 1", shown as the whole file.
import { describe, expect, it } from 'vitest';
import { runDifference } from '../../src/engine/run/part-identity.js';
import type { Part } from '../../src/engine/run/shard.js';
import { shardMessages as m } from '../../src/messages/shards.js';

const origin = { minesim: '1', code: 'c', data: [] };
const part = (source: string) => ({ origin, scenario: { source } }) as unknown as Part;

describe('runDifference() of scenario texts with CR line ends', () => {
  it.each([
    ['CR', '\r'],
    ['LF', '\n'],
    ['CR LF', '\r\n'],
  ])('runDifference() names line 3 of texts with %s line ends', (_, end) => {
    const a = ['name: a', 'start: 2017-05-17', 'horizon: 1 year', ''].join(end);
    const b = ['name: a', 'start: 2017-05-17', 'horizon: 2 years', ''].join(end);
    expect(runDifference('p0', part(a), 'p1', part(b))).toBe(
      m.otherScenario('p0', 'p1', { line: 3, a: 'horizon: 1 year', b: 'horizon: 2 years' }),
    );
  });
});
