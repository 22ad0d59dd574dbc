// An analyst who counts shards from 1 runs --shard 1/3, 2/3 and then 3/3, which was refused as
// "--shard must be k/n with 0 <= k < n, like 0/4": the refusal now says that shards count from 0
// and which three there are.
import { describe, expect, it } from 'vitest';
import { shardMessages as m } from '../../src/messages/shards.js';
import { runMain } from '../fixtures/main-in-process.js';

describe('--shard n/n', () => {
  it('minesim run --shard 3/3 says shards count from 0, and names the three', async () => {
    const r = await runMain(['run', 'scenarios/north-korea-2017-s9.yaml', '--paths', '30', '--shard', '3/3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`minesim: ${m.badShard('3/3')}\n`);
    expect(m.badShard('3/3')).toBe(
      '--shard must be k/n with 0 <= k < n, like 0/4; shards count from 0: the 3 shards of 3 are 0/3 to 2/3 (got "3/3")',
    );
  });

  it('shardMessages.badShard() says nothing of counting where the shard is otherwise wrong', () => {
    expect(m.badShard('4/3')).toBe('--shard must be k/n with 0 <= k < n, like 0/4 (got "4/3")');
    expect(m.badShard('0/0')).toBe('--shard must be k/n with 0 <= k < n, like 0/4 (got "0/0")');
  });
});
