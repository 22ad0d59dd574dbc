// An analyst new to minesim reads README.md from the top, then docs/*.md, and types what they show.
// This file checks what they would type, without running anything heavy: every `minesim` command
// line the pages show parses with the command line's own parser (its commands and options; a line
// with nothing left to fill in, `<scenario>` or `[--paths N]`, parses whole, values and required
// options included), every `npm run` names a script and every `node file` a file, the first block's
// two commands and what `npm start` writes, every link between the pages (files and #anchors), and
// each scenario setting written as `key.path: value` in prose, validated where it belongs.
// docs/history.md is left out: it quotes what earlier releases did.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import yargs, { type Argv, type CommandModule } from 'yargs';
import type { AnyCommand } from '../../src/cli/command-line.js';
import { COMMANDS } from '../../src/cli/main.js';
import { outputName } from '../../src/cli/scenario-input.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenarioDraft } from '../fixtures/scenarios.js';

const root = new URL('../../', import.meta.url).pathname;
const PAGES = ['README.md', 'docs/architecture.md', 'docs/cluster.md', 'docs/scenario-reference.md'];
const text = (page: string) => readFileSync(join(root, page), 'utf8');

interface Shown {
  page: string;
  line: number;
  code: string;
}

/** Every piece of code a page shows: each inline span (one may wrap a line) and each block's lines. */
function shown(page: string): Shown[] {
  const out: Shown[] = [];
  const lines = text(page).split('\n');
  let block: string | undefined;
  lines.forEach((line, i) => {
    const fence = /^\s*```(\w*)/.exec(line);
    if (fence) {
      block = block === undefined ? fence[1] : undefined;
      return;
    }
    if (block !== undefined) {
      out.push({ page, line: i + 1, code: line.trim() });
      return;
    }
  });
  // Inline spans, outside blocks, over the text with the blocks blanked (their lines kept).
  let inBlock = false;
  const prose = lines
    .map((line) => {
      if (/^\s*```/.test(line)) {
        inBlock = !inBlock;
        return '';
      }
      return inBlock ? '' : line;
    })
    .join('\n');
  for (const m of prose.matchAll(/`([^`\n]+(?:\n[^`\n]+)?)`/g))
    out.push({
      page,
      line: prose.slice(0, m.index).split('\n').length,
      code: m[1].replace(/\s*\n\s*/g, ' '),
    });
  return out;
}

const ALL = PAGES.flatMap(shown);

/** Shell words of a command line (quotes removed; `\|` of a table cell read as `|`). */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.replaceAll('\\|', '|').matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g))
    out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** The `minesim` command lines shown: the words after `minesim`, up to a comment. */
const commandLines = ALL.flatMap(({ page, line, code }) => {
  const m = /^(?:\$ )?(?:npx )?minesim ([a-z].*)$/.exec(code);
  if (!m) return [];
  const argv = words(m[1].replace(/\s+#.*$/, ''));
  return [{ page, line, code, argv }];
});

const parsed = Symbol('parsed');

/** Parses `argv` with minesim's commands, their builders and yargs' strict checks; runs no handler. */
async function parse(argv: string[]): Promise<string | undefined> {
  let cli: Argv = yargs(argv).option('data', { type: 'string' });
  for (const entry of COMMANDS) {
    const command: CommandModule = {
      command: entry.command,
      describe: entry.describe,
      builder: (async (y: Argv) => {
        const { builder } = (await entry.load()) as AnyCommand;
        return typeof builder === 'function' ? (builder as (y: Argv) => Argv)(y) : y.options(builder ?? {});
      }) as unknown as CommandModule['builder'],
      handler: () => {},
    };
    cli = cli.command(command);
  }
  try {
    await cli
      // After validation, before any handler (a data subcommand's too).
      .middleware(() => {
        throw parsed;
      }, false)
      .demandCommand(1)
      .strict()
      .help(false)
      .version(false)
      .fail((message, error) => {
        throw error ?? new Error(message);
      })
      .exitProcess(false)
      .parseAsync();
  } catch (error) {
    if (error === parsed) return undefined;
    return String((error as Error).message);
  }
  return 'no command ran';
}

/** The options a command takes (`data import` for a data subcommand), with aliases and --no- forms. */
async function optionsOf(name: string): Promise<Set<string>> {
  const [first, sub] = name.split(' ');
  const entry = COMMANDS.find((c) => c.command.split(' ')[0] === first);
  if (!entry) return new Set();
  let module = (await entry.load()) as AnyCommand;
  const names = new Set(['data', 'help', 'h', 'version']);
  const collect = (m: AnyCommand) => {
    const y = yargs([]);
    const built =
      typeof m.builder === 'function' ? (m.builder as (y: Argv) => Argv)(y) : y.options(m.builder ?? {});
    // getOptions() is yargs' own, not in its typings.
    const options = (
      built as unknown as { getOptions(): { key: Record<string, unknown>; boolean: string[] } }
    ).getOptions();
    for (const key of Object.keys(options.key)) names.add(key);
    for (const key of options.boolean) names.add(`no-${key}`);
  };
  if (sub) {
    // The data command's builder registers its subcommands: a stand-in for yargs records them.
    const subcommands: AnyCommand[] = [];
    const recorder = {
      command: (c: AnyCommand) => {
        subcommands.push(c);
        return recorder;
      },
      demandCommand: () => recorder,
    };
    (module.builder as unknown as (y: typeof recorder) => unknown)(recorder);
    module = subcommands.find((c) => String(c.command).split(' ')[0] === sub) as AnyCommand;
  }
  collect(module);
  return names;
}

describe('the commands the pages show', () => {
  it('are many', () => {
    expect(commandLines.length).toBeGreaterThan(40);
  });

  it('name minesim commands, and only options the command takes', async () => {
    const wrong: string[] = [];
    for (const { page, line, argv } of commandLines) {
      const name =
        argv[0] === 'data' && /^(status|import|fetch)$/.test(argv[1] ?? '')
          ? argv.slice(0, 2).join(' ')
          : argv[0];
      if (!COMMANDS.some((c) => c.command.split(' ')[0] === argv[0])) {
        wrong.push(`${page}:${line} minesim ${argv.join(' ')}: no command ${argv[0]}`);
        continue;
      }
      const options = await optionsOf(name);
      for (const word of argv) {
        const option = /^--([a-z][\w-]*)/.exec(word)?.[1];
        if (option !== undefined && !options.has(option))
          wrong.push(`${page}:${line} minesim ${argv.join(' ')}: ${name} takes no --${option}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('parse whole where nothing is left to fill in', async () => {
    const whole = commandLines.filter(
      ({ argv, code }) =>
        !/[<[…]|\.\.\.|\s--\S*$/.test(code) &&
        // A command named in prose with its options left out (`minesim hashprice`, `minesim quote`).
        argv.length > 1,
    );
    expect(whole.length).toBeGreaterThan(15);
    const wrong: string[] = [];
    for (const { page, line, argv } of whole) {
      const problem = await parse(argv);
      if (problem !== undefined) wrong.push(`${page}:${line} minesim ${argv.join(' ')}: ${problem}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the npm scripts and files the pages run', () => {
  const scripts = JSON.parse(text('package.json')).scripts as Record<string, string>;

  it('name scripts of package.json and files of the checkout', () => {
    const wrong: string[] = [];
    for (const { page, line, code } of ALL) {
      for (const m of code.matchAll(/npm run ([\w:-]+)/g))
        if (!(m[1] in scripts)) wrong.push(`${page}:${line} npm run ${m[1]}: no such script`);
      for (const m of code.matchAll(/(?:^|\s)node ((?:bench|scripts|bin)\/[\w./-]+)/g))
        if (!existsSync(join(root, m[1]))) wrong.push(`${page}:${line} node ${m[1]}: no such file`);
    }
    expect(wrong).toEqual([]);
  });

  it("the README's first block is `npm install && npm start` and `npm test`, and npm start writes where it says", () => {
    const block = /```sh\n([^`]*)```/.exec(text('README.md'))![1].trim().split('\n');
    expect(block.map((l) => l.replace(/\s+#.*$/, ''))).toEqual(['npm install && npm start', 'npm test']);
    const folder = /# runs the flagship scenario into (runs\/[\w-]+)\/$/.exec(block[0])?.[1];
    // npm start runs the flagship, and a run without --out writes runs/<scenario name>/.
    const start = /^node bin\/minesim\.mjs run (scenarios\/([\w-]+)\.yaml)$/.exec(scripts.start);
    expect(start).not.toBeNull();
    expect(text('README.md')).toContain(`(\`${start![1]}\`)`);
    const name = /^name: (.+)$/m.exec(text(start![1]))![1].trim();
    expect(folder).toBe(`runs/${outputName(name)}`);
    expect(scripts.prepare).toBe('npm run build');
  });
});

/** GitHub's anchor of a heading. */
const slug = (heading: string) =>
  heading
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');

function anchors(page: string): Set<string> {
  const out = new Set<string>();
  let inBlock = false;
  for (const line of text(page).split('\n')) {
    if (/^\s*```/.test(line)) inBlock = !inBlock;
    if (inBlock) continue;
    const heading = /^#+\s+(.*)$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1]);
    let name = base;
    for (let k = 1; out.has(name); k++) name = `${base}-${k}`;
    out.add(name);
  }
  return out;
}

describe('the links between the pages', () => {
  it('lead to files that exist and to headings they hold', () => {
    const wrong: string[] = [];
    let links = 0;
    for (const page of PAGES) {
      const body = text(page);
      for (const m of body.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1];
        if (/^[a-z]+:/.test(target)) continue;
        links++;
        const [path, anchor] = target.split('#');
        const file = path === '' ? page : normalize(join(dirname(page), path));
        const line = body.slice(0, m.index).split('\n').length;
        if (!existsSync(join(root, file))) wrong.push(`${page}:${line} ${target}: no file ${file}`);
        else if (anchor !== undefined && file.endsWith('.md') && !anchors(file).has(anchor))
          wrong.push(`${page}:${line} ${target}: no heading #${anchor} in ${file}`);
      }
    }
    expect(links).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});

describe('the scenario settings written `key.path: value` in prose', () => {
  // Each is written into the committed scenario it fits (the start network by hand in the one that
  // starts past the history, given one way: difficulty, hashrate or hashprice; the rest in the
  // flagship) and validated; a
  // problem at its own path fails. `network.model: stochastic` was shown where a model is a mapping.
  const settings = ALL.flatMap(({ page, line, code }) => {
    const m = /^((?:network|price|fees|power|money|treasury|operation|monteCarlo)\.[\w.]+): (.+)$/.exec(code);
    return m ? [{ page, line, path: m[1], value: m[2] }] : [];
  });

  it('are there', () => {
    expect(settings.length).toBeGreaterThan(4);
  });

  it.each(settings)('$page:$line `$path: $value` is accepted', async ({ path, value }) => {
    const startNetwork = /^network\.(difficulty|hashrate|hashprice|height)$/.test(path);
    const d = scenarioDraft(startNetwork ? 's21-fleet-2026' : 'north-korea-2017-s9');
    const keys = path.split('.');
    let at = d;
    for (const key of keys.slice(0, -1)) at = at[key] ??= {};
    if (/^network\.(hashrate|hashprice)$/.test(path)) delete d.network.difficulty;
    at[keys[keys.length - 1]] = parseYaml(value);
    const v = await validateScenarioText(stringify(d), 'prose.yaml');
    const here = v.ok ? [] : v.problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
    expect(here.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });
});

describe('the tables the README names in quotes', () => {
  // "Weekly bands' Monte Carlo error" was written with a straight apostrophe: summary.md's heading,
  // which a reader searches for, has a typographic one.
  it('are headings of a committed summary.md, or a table title the report writes, to the letter', () => {
    const titles = new Set<string>();
    for (const folder of readdirSync(join(root, 'output'), { withFileTypes: true })) {
      const file = join(root, 'output', folder.name, 'summary.md');
      if (folder.isDirectory() && existsSync(file))
        for (const m of readFileSync(file, 'utf8').matchAll(/^#+ (.+)$/gm)) titles.add(m[1].trim());
    }
    for (const file of readdirSync(join(root, 'src/report')).filter((f) => f.endsWith('.ts')))
      for (const m of readFileSync(join(root, 'src/report', file), 'utf8').matchAll(/title: '([^']+)'/g))
        titles.add(m[1]);
    const named = [...text('README.md').matchAll(/\btable\s+"([^"]+)"/g)].map((m) =>
      m[1].replace(/\s+/g, ' '),
    );
    expect(named.length).toBeGreaterThan(1);
    expect(named.filter((title) => !titles.has(title))).toEqual([]);
  });
});
