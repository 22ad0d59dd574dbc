// `minesim data status` as text: the folder, then per coin its range, each file with its SHA-256,
// and the source and licence of each stretch of days.

import type { DataStatus } from '../data/status.js';
import { dataMessages as m } from '../messages/data.js';

export function dataStatusLines(status: DataStatus): string[] {
  const lines = [m.folderLine(status.dataFolder.dir, status.dataFolder.from)];
  for (const c of status.coins) {
    lines.push(m.coinLine(c.coin, c.firstDate, c.lastDate, c.days));
    for (const f of c.files) {
      lines.push(m.fileLine(f.kind, f.path, f.firstDate, f.lastDate, f.days, f.sha256));
      for (const s of f.sources) lines.push(m.sourceLine(s.source, s.licence, s.firstDate, s.lastDate));
    }
    if (!c.extended) lines.push(m.notExtended(c.storedPath));
  }
  return lines;
}
