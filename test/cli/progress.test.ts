import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { calibrationMessages } from '../../src/messages/calibration.js';

function fakeStream(tty: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY: tty, write: (text: string) => written.push(text) > 0 };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

describe('createProgress', () => {
  it('createProgress() writes nothing when the stream is not a terminal', () => {
    const { stream, written } = fakeStream(false);
    const progress = createProgress('run', stream);
    progress.update(1, 2);
    progress.update(2, 2);
    progress.finish();
    expect(written).toEqual([]);
  });

  it('createProgress() draws at most once per interval but always the last update, then erases the line', () => {
    const { stream, written } = fakeStream(true);
    const progress = createProgress('run', stream);
    progress.update(1, 4);
    progress.update(2, 4);
    progress.update(4, 4);
    expect(written).toHaveLength(2);
    expect(written[1]).toContain('100% 4/4 paths');
    progress.finish();
    expect(written[2]).toBe('\r\x1b[K');
  });

  it('createProgress() names what it counts: the calibration study’s runs, not paths (its line read "1/4 paths" for 1 of 4 replays and forecasts)', () => {
    const { stream, written } = fakeStream(true);
    const progress = createProgress('calibrate', stream, calibrationMessages.progressCounted());
    progress.update(4, 4);
    expect(written[0]).toContain('100% 4/4 runs,');
    expect(written[0]).not.toContain('paths');
  });
});
