// What explore.html embeds besides its scripts, in the element #explorer-input: the scenario as
// written, the run's seed and path count, and the committed run's view (shown before anything runs).
import type { ExplorerView } from './view.js';

export interface ExplorerInput {
  /** The scenario's file name, as problems are positioned in it. */
  file: string;
  /** The coin whose history the page carries: a scenario of another coin cannot run here. */
  coin: string;
  /** The scenario as the run read it; its monteCarlo block says the paths, seed and pairing. */
  yaml: string;
  /** The committed run's seed and paths, as its view says them. */
  seed: string | number;
  paths: number;
  committed: ExplorerView;
  /** The page beside this one with the full report. */
  report: string;
}
