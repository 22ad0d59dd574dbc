import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, LinkStateError, MAX_STATE_BYTES } from '../../src/explorer/fragment.js';
import { explorerMessages as m } from '../../src/messages/explorer.js';

/** A fragment holding `json` as a state is packed, whatever it says. */
const packed = (json: string) => `#s=${gzipSync(json).toString('base64url')}`;

/** The message decodeState() refuses `hash` with. */
async function refusal(hash: string): Promise<string> {
  const error = await decodeState(hash).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LinkStateError);
  return (error as Error).message;
}

describe('encodeState() and decodeState()', () => {
  it('decodeState() reads back what encodeState() wrote, YAML and pin alike', async () => {
    const state = { yaml: 'name: x\npower:\n  price: 0.07 USD/kWh # ü\n', pinned: 'name: y\n' };
    const hash = await encodeState(state);
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(await decodeState(hash)).toEqual(state);
  });

  it('decodeState() is null without a state, and refuses a state of another version', async () => {
    expect(await decodeState('')).toBeNull();
    expect(await decodeState('#top')).toBeNull();
    const other = (await encodeState({ yaml: 'a', pinned: null })).slice(3);
    await expect(decodeState(`#s=${other}x`)).rejects.toThrow();
    expect(await refusal(packed('{"v":2,"yaml":"a"}'))).toBe(m.linkVersion('2', 1));
  });

  it('decodeState() refuses a link cut short, edited or empty with a LinkStateError saying so', async () => {
    const whole = await encodeState({ yaml: 'name: x\n'.repeat(50), pinned: null });
    for (const hash of [
      whole.slice(0, 30),
      '#s=garbage',
      '#s=abc!!def',
      '#s=',
      packed('hello'),
      packed('null'),
      packed('{"v":1}'),
      packed('{"v":1,"yaml":5}'),
      packed('{"v":1,"yaml":"a","pinned":7}'),
    ])
      expect(await refusal(hash)).toBe(m.linkCut());
  });

  it('decodeState() stops unpacking a state past its size bound instead of reading it whole', async () => {
    const bomb = packed(JSON.stringify({ v: 1, yaml: 'x'.repeat(MAX_STATE_BYTES + 1), pinned: null }));
    expect(bomb.length).toBeLessThan(20_000);
    expect(await refusal(bomb)).toBe(m.linkTooLarge(MAX_STATE_BYTES));
  });

  it('decodeState() reads a state with keys it does not know, and without a pin', async () => {
    expect(await decodeState(packed('{"v":1,"yaml":"a","later":true}'))).toEqual({ yaml: 'a', pinned: null });
  });
});
