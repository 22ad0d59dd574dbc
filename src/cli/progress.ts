// A progress bar on stderr when it is a terminal; silence otherwise (logs, CI, pipes).

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const SILENT: Progress = { update() {}, finish() {} };

export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return SILENT;
  const started = Date.now();
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const share = total > 0 ? done / total : 1;
      const filled = Math.round(share * width);
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? (total - done) / rate : 0;
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ` +
          `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} paths, ${Math.round(rate).toLocaleString('en-US')}/s, ${left.toFixed(0)} s left `,
      );
    },
    finish() {
      stream.write('\r\x1b[K');
    },
  };
}
