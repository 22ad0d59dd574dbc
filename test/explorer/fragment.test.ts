import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/explorer/fragment.js';

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
  });
});
