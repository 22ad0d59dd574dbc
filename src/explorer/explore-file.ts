// The explorer page of a run: the scenario as the run read it (its text with any --set overrides
// written in), the run's seed and paths, the committed result's view, and the packed scripts and
// data. Pure apart from reading the packed files (bundle.ts).
import { loadHistory } from '../data/history.js';
import { explorerMessages as m } from '../messages/explorer.js';
import { coinProtocol } from '../model/coins/index.js';
import type { Override } from '../scenario/overrides.js';
import type { RunSummary } from '../stats/summary.js';
import { packedData, packedScripts } from './bundle.js';
import { explorerHtml } from './page.js';
import { explorerView } from './view.js';
import { setScenarioValue } from './yaml-edit.js';

export interface ExplorerSource {
  /** The scenario's path as the run was given it: the page positions problems in it. */
  file: string;
  text: string | Uint8Array;
  overrides: readonly Override[];
}

export function exploreHtml(summary: RunSummary, source: ExplorerSource): string {
  const written = typeof source.text === 'string' ? source.text : new TextDecoder().decode(source.text);
  const yaml = source.overrides.reduce((text, o) => setScenarioValue(text, o.path, o.value), written);
  const { coin } = summary.scenario;
  const imported = loadHistory(coin)
    .files.filter((f) => f.kind !== 'shipped')
    .reduce((days, f) => days + f.days, 0);
  return explorerHtml(
    {
      file: source.file,
      yaml,
      seed: summary.run.seed,
      paths: summary.run.paths,
      committed: explorerView(summary),
      report: 'report.html',
    },
    { ...packedScripts(), data: packedData(coinProtocol(coin).history.file) },
    imported > 0 ? m.importedDays(imported) : null,
  );
}
