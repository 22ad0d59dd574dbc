// The analyst's own `--out` folder (and `--data` folder, and the files in them), as the lines that
// name it print it. The terminal's guard
// (cli/terminal.ts) keeps line breaks, which are minesim's own lines: a folder whose name holds one
// (`--out $'runs/a\nP(payback within 2 years) 0.99'`) printed "wrote runs/a" and then a line of its
// own that reads as minesim's. The folder is now shown as a scenario's name is (shownFile()): its
// line break as `\n`, on the one line.
import { describe, expect, it } from 'vitest';
import { batchMessages } from '../../src/messages/batch.js';
import { calibrationMessages } from '../../src/messages/calibration.js';
import { cliMessages } from '../../src/messages/cli.js';
import { dataMessages } from '../../src/messages/data.js';
import { outputMessages } from '../../src/messages/output.js';
import { sensitivityMessages } from '../../src/messages/sensitivity.js';
import { shardMessages } from '../../src/messages/shards.js';
import { sweepMessages } from '../../src/messages/sweep.js';

const DIR = 'runs/a\nP(payback within 2 years) 0.99\u001b[2J';
const SHOWN = 'runs/a\\nP(payback within 2 years) 0.99\\u001b[2J';
const KEPT = 'runs/.kept\n1';

/** Every line that names the output folder, with the folder given as `dir`. */
function lines(dir: string, kept: string): Record<string, string> {
  return {
    'run, backtest, merge: wrote': cliMessages.wroteOutput(dir),
    'sweep: wrote': sweepMessages.wroteOutput(dir, true),
    'sensitivity: wrote': sensitivityMessages.wroteOutput(dir),
    'calibrate: wrote': calibrationMessages.wrote(dir, 10, 1),
    'batch: wrote the index': batchMessages.wroteIndex(dir),
    'batch: wrote the index, a run failed': batchMessages.wroteIndex(dir, 1),
    'batch: nothing written, a run failed': batchMessages.nothingWritten(dir, true),
    'batch: nothing written': batchMessages.nothingWritten(dir),
    'batch: move failed': batchMessages.moveFailed(dir, 'EIO'),
    'batch: not put back': batchMessages.notPutBack(dir, 'EIO', ['x'], kept),
    'batch: stopped among renames': batchMessages.stoppedAmongRenames(dir, kept),
    'batch: killed among renames': batchMessages.killedAmongRenames(dir, kept),
    'batch: staging failed': batchMessages.stagingFailed(dir, dir, 'no room', 'ENOSPC'),
    'batch: folder taken': batchMessages.folderTaken(dir, ''),
    'shard: wrote a part': shardMessages.wrotePart(dir, 0, 9, 20),
    'sweep shard: wrote a part': shardMessages.wroteSweepPart(dir, 0, 1, 4),
    'init: wrote': cliMessages.initWrote(dir),
    'init: exists': cliMessages.initExists(dir),
    'watch: watching': cliMessages.watching(dir),
    'output: not minesim’s': outputMessages.notMinesimFolder(dir),
    'output: not parts': outputMessages.notPartsFolder(dir, 'x'),
    'output: not a collection': outputMessages.notCollection(dir),
    'output: a batch, not an output': outputMessages.batchNotOutput(dir),
    'output: an output, not a batch': outputMessages.outputNotCollection(dir),
    'output: not our index': outputMessages.notOurIndex(dir, 'index.html'),
    'output: not our file': outputMessages.notOurFile(dir, 'x'),
    'output: not a folder': outputMessages.notAFolder(dir, 'a file'),
    'output: through a file': outputMessages.throughNonFolder(dir, dir),
    'output: root': outputMessages.rootFolder(dir),
    'output: system': outputMessages.systemFolder(dir),
    'output: dangling link': outputMessages.danglingLink(dir),
    'output: busy': outputMessages.busy(dir, `${dir}/.lock`, 1),
    'output: busy now': outputMessages.busyNow(dir, `${dir}/.lock`, 1),
    'output: cannot write': outputMessages.cannotWrite(dir, 'no room', 'ENOSPC'),
    'output: interrupted': outputMessages.interrupted(dir, true),
    'output: killed among renames': outputMessages.killedAmongRenames(dir, kept),
    'output: rollback kept': outputMessages.rollbackKept(dir, kept, 'EIO'),
    'output: rollback failed': outputMessages.rollbackFailed(dir, kept, 'EIO'),
    'data: not a folder': dataMessages.dataFolderNotAFolder(dir, '--data'),
    'data: store blocked': dataMessages.storeFolderBlocked(dir),
    'data: imported': dataMessages.imported(dir, 'Coin Metrics', 'bitcoin', 3, '2025-11-15', '2025-11-17'),
    'data: nothing new': dataMessages.nothingNew(dir, 'bitcoin', '2025-11-14'),
    'data: stored in': dataMessages.storedIn(dir, '2010-07-18', '2025-11-17', 5600),
    'data: status folder': dataMessages.folderLine(dir, '--data'),
    'data: status file': dataMessages.fileLine('imported', dir, '2010-07-18', '2025-11-17', 5600, 'ab'),
    'data: none imported': dataMessages.notExtended(dir),
  };
}

describe('the output folder as the terminal lines name it', () => {
  it('every line naming the output folder shows a line break or an escape in its name as its escape, on one line', () => {
    const bad = Object.entries(lines(DIR, KEPT)).filter(
      ([, line]) => line.includes('\n') || line.includes('\u001b') || !line.includes(SHOWN),
    );
    expect(bad.map(([what, line]) => `${what}: ${line}`)).toEqual([]);
  });

  it('a folder with nothing to escape reads as it was given', () => {
    expect(cliMessages.wroteOutput('runs/flagship')).toBe(
      "wrote runs/flagship/ (summary.json, report.html, and the tables and charts the scenario's outputs name)",
    );
    expect(outputMessages.rootFolder('/')).toContain('such as /runs');
  });
});
