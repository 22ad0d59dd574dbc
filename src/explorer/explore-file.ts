// The explorer page of a run: the scenario as the run read it (its text with any --set overrides
// written in, and the run's paths, seed and antithetic pairing where --paths, --seed or
// --antithetic changed them), the committed result's view, and the packed scripts and data. The
// page runs what its YAML says, so the YAML carries the run's settings: a downloaded YAML then
// gives the page's numbers under `minesim run`. Pure apart from reading the packed files (bundle.ts).
import { parse } from 'yaml';
import { loadHistory } from '../data/history.js';
import { explorerMessages as m } from '../messages/explorer.js';
import { coinProtocol } from '../model/coins/index.js';
import { withLineFeeds } from '../scenario/document.js';
import type { Override } from '../scenario/overrides.js';
import { scenarioJsonSchema } from '../scenario/validate.js';
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

const RUN_KEYS = ['paths', 'seed', 'antithetic'] as const;

/** `yaml` with the run's paths, seed and pairing written in where the scenario (or its default) differs. */
export function withRunSettings(yaml: string, run: RunSummary['run']): string {
  const written =
    (parse(withLineFeeds(yaml)) as { monteCarlo?: Record<string, unknown> } | null)?.monteCarlo ?? {};
  const schema = scenarioJsonSchema() as {
    properties: { monteCarlo: { properties: Record<string, { default: unknown }> } };
  };
  const defaults = schema.properties.monteCarlo.properties;
  return RUN_KEYS.reduce(
    (text, key) =>
      (written[key] ?? defaults[key].default) === run[key]
        ? text
        : setScenarioValue(text, ['monteCarlo', key], run[key]),
    yaml,
  );
}

export function exploreHtml(summary: RunSummary, source: ExplorerSource): string {
  const written = typeof source.text === 'string' ? source.text : new TextDecoder().decode(source.text);
  const overridden = source.overrides.reduce((text, o) => setScenarioValue(text, o.path, o.value), written);
  const yaml = withRunSettings(overridden, summary.run);
  const { coin } = summary.scenario;
  const imported = loadHistory(coin)
    .files.filter((f) => f.kind !== 'shipped')
    .reduce((days, f) => days + f.days, 0);
  return explorerHtml(
    {
      file: source.file,
      coin,
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
