// `minesim validate <files..>`: checks scenarios and summarises each valid one.
import type { CommandModule } from 'yargs';
import { describeScenario, scenarioFacts } from '../../scenario/describe.js';
import { cliMessages } from '../../scenario/messages.js';
import { formatProblem, type Problem } from '../../scenario/problem.js';
import { type Validation, validateScenarioFile } from '../../scenario/validate.js';
import { checkSweepBlock } from '../../study/sweep-block.js';
import { EXIT_INPUT, EXIT_OK, printJson, printProblems } from '../exit.js';

interface Args {
  files: string[];
  json: boolean;
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
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'Print one JSON document on stdout',
      }) as never,
  handler: async (args) => {
    const results = [];
    const problems: Problem[] = [];
    let bad = 0;
    for (const file of args.files) {
      const v = await withSweepBlock(await validateScenarioFile(file), file);
      if (v.ok) {
        results.push({ file, ok: true, summary: scenarioFacts(v.scenario) });
        if (!args.json)
          process.stdout.write(`${cliMessages.validSummary(file, describeScenario(v.scenario))}\n`);
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

/** A valid scenario with a sweep block is valid only if `minesim sweep` would accept the block. */
async function withSweepBlock(v: Validation, file: string): Promise<Validation> {
  if (!v.ok) return v;
  const problems = await checkSweepBlock(v, file);
  return problems.length > 0 ? { ok: false, problems } : v;
}
