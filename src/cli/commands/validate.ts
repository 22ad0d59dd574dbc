// `minesim validate <files..> [--set key=value ...]`: checks scenarios (with the overrides a run
// would apply) and summarises each valid one, with a note line for each thing read from the
// hardware catalog that the scenario did not spell out.
import type { CommandModule } from 'yargs';
import { loadHistory } from '../../data/history.js';
import { catalogMessages } from '../../messages/catalog.js';
import { cliMessages } from '../../messages/cli.js';
import { shownText } from '../../messages/shown.js';
import { describeScenario, validatedFacts } from '../../scenario/describe.js';
import { hardwareNotes } from '../../scenario/hardware-notes.js';
import { hedgesAtStart } from '../../scenario/hedges-at-start.js';
import { parseOverrides } from '../../scenario/overrides.js';
import { formatProblem, type Problem } from '../../scenario/problem.js';
import { startNotes } from '../../scenario/start-network-check.js';
import { type ValidateOptions, type Validation, validateScenarioFile } from '../../scenario/validate.js';
import { checkSweepBlock } from '../../study/sweep-block.js';
import { EXIT_INPUT, EXIT_OK, printJson, printProblems } from '../exit.js';
import { catalogArg, catalogOption } from '../options.js';
import { startPastHistoryNote } from '../scenario-input.js';

interface Args {
  files: string[];
  json: boolean;
  catalog?: string;
  set: string[];
}

export const validateCommand: CommandModule<object, Args> = {
  command: 'validate <files..>',
  describe: 'Check scenario files and print a one-line summary of each valid one',
  builder: (y) =>
    y
      .positional('files', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'Scenario YAML files',
      })
      .option('set', {
        type: 'string',
        array: true,
        default: [],
        describe: 'Override a scenario value as minesim run would: key.path=value (repeatable)',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'Print one JSON document on stdout',
      })
      .option('catalog', catalogOption),
  handler: async (args) => {
    // A --set that cannot be read is said with each file's problems under the others.
    const overrides = parseOverrides(args.set);
    const unread = overrides.ok ? [] : overrides.problems;
    const results = [];
    const problems: Problem[] = [];
    let bad = 0;
    for (const file of args.files) {
      const options = { catalog: catalogArg(args.catalog) };
      const checked = await withSweepBlock(
        await validateScenarioFile(file, overrides.overrides, options),
        file,
        options,
      );
      const v: Validation =
        unread.length === 0
          ? checked
          : { ok: false, problems: [...unread, ...(checked.ok ? [] : checked.problems)] };
      if (v.ok) {
        // A start past the history: the figures it carries forward from the history's last day,
        // as the commands that run it say before they run.
        const history = loadHistory(v.scenario.coin);
        const notes = [
          ...startNotes(v.scenario),
          ...hardwareNotes(v.scenario),
          ...hedgesAtStart(v.scenario, history),
        ];
        const pastHistory = startPastHistoryNote(v.scenario, history);
        results.push({
          file,
          ok: true,
          summary: validatedFacts(v.scenario),
          notes,
          ...(pastHistory === null ? {} : { startPastHistory: pastHistory.replace(/^note: /, '') }),
        });
        if (!args.json) {
          const lines = [
            cliMessages.validSummary(file, describeScenario(v.scenario)),
            ...(pastHistory === null ? [] : [`${file}: ${pastHistory}`]),
            ...notes.map((n) => catalogMessages.note(file, n.label, n.value, n.note)),
          ];
          // Each is one line: a name's line break or escape sequence in it is shown, not obeyed.
          process.stdout.write(`${lines.map(shownText).join('\n')}\n`);
        }
      } else {
        bad++;
        problems.push(...v.problems);
        results.push({
          file,
          ok: false,
          problems: v.problems.map((p) => ({ ...p, text: formatProblem(p) })),
        });
        if (!args.json) printProblems(v.problems);
      }
    }
    if (args.json) printJson({ valid: bad === 0, files: results });
    else if (bad > 0) process.stderr.write(`${cliMessages.invalidCount(bad, problems.length)}\n`);
    process.exitCode = bad > 0 ? EXIT_INPUT : EXIT_OK;
  },
};

/**
 * A valid scenario with a sweep block is valid only if `minesim sweep <file>` would accept the
 * block: checked as the file states it (--set changes a run, which does not read the block).
 */
async function withSweepBlock(v: Validation, file: string, options: ValidateOptions): Promise<Validation> {
  if (!v.ok) return v;
  const problems = await checkSweepBlock(v, file, [], options);
  return problems.length > 0 ? { ok: false, problems } : v;
}
