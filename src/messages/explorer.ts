// Messages about explore.html, the live explorer of a run. One function a message; see shown.ts.

const paths = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'path' : 'paths'}`;

export const explorerMessages = {
  committed: (n: number, seed: string | number) =>
    `The committed run: ${paths(n)}, seed ${seed}. Move a control or edit the YAML to re-run here.`,
  running: (n: number) => `Running ${paths(n)}…`,
  firstAnswer: (n: number, seed: string | number, ms: number) =>
    `First answer: ${paths(n)}, seed ${seed}, in ${Math.round(ms)} ms; refining…`,
  refining: (done: number, total: number) => `Refining: ${done.toLocaleString('en-US')} of ${paths(total)}…`,
  done: (n: number, seed: string | number, ms: number, sameAsCommitted: boolean) =>
    `Done: ${paths(n)}, seed ${seed}, in ${Math.round(ms)} ms.${sameAsCommitted ? ' Identical to the committed run (the same scenario, seed and paths).' : ''}`,
  invalid: () =>
    'The scenario has problems (listed below the YAML); the results shown are the last valid ones.',
  runFailed: (reason: string) => `The run failed: ${reason}`,
  startFailed: (reason: string) => `The explorer failed to start: ${reason}`,
  importedDays: (days: number) =>
    `This run used ${days} day(s) imported into the data folder, which this page does not carry: it re-runs on the shipped history alone, so its numbers can differ from the run's.`,
  userCatalog: (dir: string) =>
    `no explore.html in ${dir}: the scenario uses a user hardware catalog, which the explorer page does not carry (the rest of the folder is written)`,
};
