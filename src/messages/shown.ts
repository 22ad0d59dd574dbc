// Every message minesim shows a user is a function in this folder, one file a stage, so wording is
// consistent and tests assert against the same functions. Nothing here imports from the rest of
// minesim, so any stage may import its messages without running back up the flow.

/** Renders a value the user wrote, shortened, for "(got X)". */
export function shown(value: unknown): string {
  let text: string;
  // JSON writes the C0 controls as escapes; shownText() the C1 controls, separators and bidi marks.
  if (typeof value === 'string') text = shownText(JSON.stringify(value));
  else if (value === undefined) text = 'nothing';
  else if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  // JSON and String() both write -0 as 0: "must be at least 1 (got 0)" for a count of -0.
  else if (Object.is(value, -0)) text = '-0';
  // A number whose written text is lost (`--set count=1e30`, a value in a part's file) in the
  // exponent form minesim writes and reads, 1e30, not JSON's 1e+30; JSON reads both as one number.
  else if (typeof value === 'number') text = unsigned(JSON.stringify(value));
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  if (text.length <= 60) return text;
  // Not between the halves of a character written as two code units (an emoji): half is no character.
  const cut = isHighSurrogate(text.charCodeAt(56)) ? 56 : 57;
  return `${text.slice(0, cut)}...`;
}

/** A number's text with its exponent written without `+`: `1e30`, not `1e+30`. */
export function unsigned(text: string): string {
  return text.replace('e+', 'e');
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Whether a character is one a terminal, an SVG or a one-line label cannot show as itself: the C0 and C1
 * controls and DEL (`\u001b[2J` clears a terminal; a line break in a name prints a line of its own,
 * which can pass for minesim's), the line and paragraph separators, and the bidirectional marks,
 * embeddings, overrides and isolates that reorder the text after them.
 */
function unshown(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const NAMED_ESCAPES: Record<number, string> = { 10: '\\n', 13: '\\r', 9: '\\t' };

/** A character of unshown(), found by the regular expression engine (a file's JSON or an SVG is long). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for.
const UNSHOWN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** The same, but for the line feed, which shownLines() keeps. */
const UNSHOWN_BUT_LINE_FEED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for.
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Text from a scenario (a name, a label, a file name) as one line that shows every character:
 * each character of unshown() written as its escape (`\n`, `\t`, `\u001b`, `\u202e`), the rest as
 * is. The escapes are JSON's and JavaScript's, as "(got X)" writes a value; in --json's output, where
 * JSON leaves the C1 controls, the separators and the bidi marks as they are, they keep it JSON.
 */
export function shownText(text: string): string {
  // Most text holds none: one scan by the regular expression engine, then the text as it is.
  if (!UNSHOWN.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!unshown(code)) continue;
    out += text.slice(from, i) + (NAMED_ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, '0')}`);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * `text` with its control characters (C0 but the tab, line feed and carriage return; DEL; C1) as
 * shownText() writes them, and every other character as is, right-to-left marks among them: for a
 * page or a Markdown file, whose own markup keeps a bidi mark within its element or line, but where a
 * control character is no character (HTML and XML refuse it) and reaches the terminal of whoever
 * prints the file (`cat summary.md`).
 */
export function shownControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!(code <= 0x1f || (code >= 0x7f && code <= 0x9f)) || code === 9 || code === 10 || code === 13)
      continue;
    out += `${text.slice(from, i)}\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Text of many lines with each line as shownText() shows it: every control character but the line break escaped. */
export function shownLines(text: string): string {
  if (!UNSHOWN_BUT_LINE_FEED.test(text)) return text;
  return text.includes('\n') ? text.split('\n').map(shownText).join('\n') : shownText(text);
}

/**
 * A bound or a count as the command line prints numbers: in thousands from 1,000 (10,000,000,
 * 1,000 %), as `--paths` and the tables print them; from EXPONENT_FROM in exponent form to at most
 * the 15 digits a double holds, as every other display writes such a figure (`1e21`, not String()'s
 * `1e+21`); a fraction as String() writes it. A bigint holds every digit: in thousands.
 */
export function grouped(n: number | bigint): string {
  if (typeof n === 'bigint') return n.toLocaleString('en-US');
  const large = largeFigure(n, DOUBLE_DIGITS);
  if (large !== undefined) return large;
  return Number.isFinite(n) && Math.abs(n) >= 1000
    ? n.toLocaleString('en-US', { maximumFractionDigits: 20 })
    : String(n);
}

/**
 * A file's name as a message names it: one named by empty text (a script's unset variable) as "",
 * one with a line break or another control character with it shown as its escape (shownText).
 */
export function shownFile(file: string): string {
  return file === '' ? '""' : shownText(file);
}

/**
 * Below this magnitude a figure reads in exponent form (1e-300, 8.379e-297), not as hundreds of
 * zeros: a tariff, a fee or a unit price may be any positive value, 1e-300 among them.
 */
const EXPONENT_BELOW = 1e-9;

/** `value` in exponent form to `digits` significant digits where it is not 0 and under a billionth, else undefined. */
export function tinyFigure(value: number, digits: number): string | undefined {
  return value !== 0 && Math.abs(value) < EXPONENT_BELOW
    ? Number(value.toPrecision(digits)).toExponential()
    : undefined;
}

/**
 * From this magnitude up a figure reads in exponent form (8.68527942186487e16, 6.493e62), not as a
 * run of digits: a whole number from 1e15 has 16 digits or more, past the 15 significant digits
 * every double holds (digits after them are the binary value's, not the figure's).
 */
export const EXPONENT_FROM = 1e15;

/** Most significant digits a large figure is printed to: the 15 every double holds. */
export const DOUBLE_DIGITS = 15;

/** `value` in exponent form to `digits` significant digits, trailing zeros dropped: 8.685e16, 1e-12. */
export function exponentForm(value: number, digits: number): string {
  return Number(value.toPrecision(Math.min(digits, DOUBLE_DIGITS)))
    .toExponential()
    .replace('e+', 'e');
}

/**
 * A number as String() writes it, but from EXPONENT_FROM up in the exponent form every display of
 * minesim writes (`1e21`, `3.6525e302`): not String()'s `1e+21`, nor a run of sixteen digits or more.
 */
export function plainFigure(n: number): string {
  return largeFigure(n, DOUBLE_DIGITS) ?? String(n);
}

/**
 * `value` in exponent form to `digits` significant digits (at most the 15 a double holds) where it
 * is finite and at least EXPONENT_FROM in magnitude (8.685e16 USD, not 86,852,794,218,648,670),
 * else undefined.
 */
export function largeFigure(value: number, digits: number): string | undefined {
  return Number.isFinite(value) && Math.abs(value) >= EXPONENT_FROM ? exponentForm(value, digits) : undefined;
}

const HASHRATE_PREFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];

/** A thousand of the largest prefix (1000 YH/s): from here a hashrate reads in exponent form in H/s. */
export const PAST_PREFIXES = 1e27;

/**
 * A hashrate in the largest prefix it reaches, to 3 significant digits: `13.5 EH/s`, `0.5 H/s`;
 * from a thousand of the largest (1000 YH/s) in exponent form in H/s: `1e31 H/s`, not `10000000 YH/s`.
 */
export function shownHashrate(hs: number): string {
  if (Number.isFinite(hs) && Math.abs(hs) >= PAST_PREFIXES) return `${exponentForm(hs, 3)} H/s`;
  let step = 0;
  while (step < HASHRATE_PREFIXES.length - 1 && Math.abs(hs) >= 1000 ** (step + 1)) step++;
  return `${Number((hs / 1000 ** step).toPrecision(3))} ${HASHRATE_PREFIXES[step]}H/s`;
}

/**
 * A difficulty as a block explorer writes it, in the largest prefix it reaches to 6 significant
 * digits (as `--difficulty` and `network.difficulty` take it): `150 T`, `152.271 T`, `480.5 G`.
 */
export function shownDifficulty(difficulty: number): string {
  // Past a thousand of its largest prefix (E) in exponent form, as `network.difficulty` takes it: `1e30`.
  if (Number.isFinite(difficulty) && Math.abs(difficulty) >= 1e21) return exponentForm(difficulty, 6);
  let step = 0;
  while (step < 6 && Math.abs(difficulty) >= 1000 ** (step + 1)) step++;
  const prefix = HASHRATE_PREFIXES[step];
  return `${Number((difficulty / 1000 ** step).toPrecision(6)).toLocaleString('en-US', { maximumFractionDigits: 6 })}${prefix === '' ? '' : ` ${prefix}`}`;
}

/**
 * A coin's price in USD as every analyst-facing figure prints it (report/format.ts
 * formatCoinPrice, which this mirrors for the rooms below the report): whole dollars from 1,000 up,
 * with separators (`90,000 USD`), else 4 significant digits (`27.31 USD`, `0.004 USD`).
 */
export function shownCoinPriceUsd(usd: number): string {
  const digits = Math.abs(usd) >= 1000 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 4 };
  const figure = tinyFigure(usd, 4) ?? largeFigure(usd, DOUBLE_DIGITS) ?? usd.toLocaleString('en-US', digits);
  return `${usd === 0 ? '0' : figure} USD`;
}

/** A start network hashrate in a unit it reaches, to the hundredth with separators: `1,073.74 EH/s`. */
export function shownHundredths(value: number, unit: string): string {
  const large = largeFigure(value, DOUBLE_DIGITS);
  if (large !== undefined) return `${large} ${unit}`;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${unit}`;
}

/**
 * A coin price in USD as the assumptions show it: to the cent from 1 USD up (`1808.75 USD`), below
 * it to 4 significant digits (`0.004 USD`, `0.0858 USD`), where cents would read 0.00 or lose them.
 */
export function shownPriceUsd(usd: number): string {
  if (Math.abs(usd) >= 1 || !Number.isFinite(usd))
    return `${largeFigure(usd, DOUBLE_DIGITS) ?? usd.toFixed(2)} USD`;
  return `${tinyFigure(usd, 4) ?? usd.toLocaleString('en-US', { maximumSignificantDigits: 4 })} USD`;
}

/** A count with its noun in the number it takes, in thousands: `1 unit`, `7,000 units`, `1 day`. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * An amount of coins a block, by one rule in every command (`minesim hashprice`, a run's daily
 * view and assumptions, `minesim quote`): in full where it is a whole number of the coin's
 * hundred-millionths, as a subsidy is (`3.125`, `1.5625`, `50`) and fees given in coins are
 * (`0.025`); else to 4 decimals, or 4 significant digits where those are more (`17.5922`, `3.0895`,
 * `0.02394`; `1.234e-10` under a billionth). Trailing zeros dropped.
 */
export function shownCoins(coins: number): string {
  if (!Number.isFinite(coins)) return String(coins);
  if (coins === 0) return '0';
  if (Math.abs(coins) >= 1e-8 && Number(coins.toFixed(8)) === coins)
    return coins.toLocaleString('en-US', { maximumFractionDigits: 8 });
  const tiny = tinyFigure(coins, 4);
  if (tiny !== undefined) return tiny;
  const decimals = Math.max(4, 3 - Math.floor(Math.log10(Math.abs(coins))));
  return coins.toLocaleString('en-US', { maximumFractionDigits: decimals });
}
