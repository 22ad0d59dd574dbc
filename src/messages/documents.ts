// Messages about reading YAML documents: size, encoding, syntax, positions. One function a message;
// see shown.ts.

export const documentMessages = {
  unreadable: (reason: string) => `cannot read the file (${reason})`,
  /** Why a file named by empty text cannot be read: Node reads "" as no such file, which says nothing. */
  emptyName: () => 'its name is empty: give the path of a file',
  empty: () => 'the file is empty; a scenario is a YAML mapping with at least name, start and fleet',
  tooLarge: (bytes: number, limit: number) =>
    `the file is ${(bytes / 1048576).toFixed(1)} MiB; scenarios are limited to ${limit / 1048576} MiB`,
  streamTooLarge: (limit: number) =>
    `the input holds more than ${limit / 1048576} MiB, the limit for a scenario; reading stopped there`,
  noInput: (seconds: number) =>
    `nothing (or not all of the scenario) arrived within ${seconds} s; is anything writing to this pipe?`,
  binary: () => 'the file is not UTF-8 text (it holds binary data)',
  /** Bytes that are not UTF-8 (utf8-text.ts): UTF-16, a byte of another encoding, or binary data. */
  encoding: (kind: 'utf16' | 'binary' | 'not-utf8', byte?: number) =>
    kind === 'utf16'
      ? 'the file is not UTF-8 text but UTF-16 (as PowerShell’s `>` and Notepad’s "Unicode" save text); save it as UTF-8'
      : kind === 'binary' || byte === undefined
        ? documentMessages.binary()
        : `the file is not UTF-8 text: this byte starts no UTF-8 character (text saved as Latin-1 or Windows-1252?); save the file as UTF-8 (got byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')})`,
  yamlVersion: (version: string) =>
    `minesim reads a scenario as YAML 1.2, and under YAML ${version} numbers and dates read otherwise (012 is 10, 1_000 is 1000, yes is true, a date a timestamp); remove the %YAML line or write %YAML 1.2 (got %YAML ${version})`,
  tooDeep: (limit: number) => `the document nests deeper than ${limit} levels; a scenario needs far fewer`,
  tooManyAliases: (limit: number) =>
    `the document expands more than ${limit} YAML aliases (an alias bomb?); write the values out`,
  syntax: (detail: string) => `YAML syntax error: ${detail}`,
  duplicateKey: (key: string) => `the key ${JSON.stringify(key)} appears twice in this mapping`,
  nullKey: (written: string) =>
    `a key must be a name, and this one reads as null (\`~\`, \`null\` or nothing before the colon); quote it if the word is meant (\`"null":\`) (got ${written === '' ? 'no key' : JSON.stringify(written)})`,
  complexKey: () => 'a key must be a name, not a list or a mapping (`? [a, b]` or an alias to one)',
  keyTooLong: (length: number, limit: number) =>
    `a key is ${length.toLocaleString('en-US')} characters long; keys are at most ${limit} characters`,
  /** `least`: the least the field takes where it refuses 0 (`at least 1`), else undefined. */
  numberTooSmall: (text: string, least?: string) =>
    `a number nearer 0 than 2.2e-308, the smallest minesim holds with all its digits, would read as 0 or with its digits lost; ${least === undefined ? 'give 0 if none is meant' : `give a figure ${least}`} (got ${text})`,
  /** A whole-number seed written past 2^53 - 1, which a double does not keep digit for digit. */
  seedPastSafe: (text: string) =>
    `must be at most 9,007,199,254,740,991 (2^53 - 1) as a whole number: past it a number is not kept digit for digit, and seeds a unit apart would give the same paths; quote it, ${JSON.stringify(text)}, for a seed of text, as --seed takes it (got ${text})`,
  numberTooLarge: (text: string) =>
    `a number past 1.8e308, the largest minesim holds, would read as Infinity; give a finite figure (got ${text})`,
  /** `written` cut at its thousands separators in a list in brackets into `items`. */
  /** `joined`: the items joined by commas alone (`npv > 1,000` of `npv > 1, 000`). */
  /** `setItem`: on the command line, the `--set` of the item alone (`--set claims[0]=...`). */
  commaSplit: (written: string, joined: string, items: readonly string[], setItem?: string) => {
    const quoted = items.map((item) => `\`${item}\``);
    const parts = `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
    const s = items.length > 2 ? 's' : '';
    const alone =
      setItem === undefined
        ? `write the list one item a line (\`- ${joined}\`)`
        : `set the item alone (\`--set ${setItem}=${joined}\`)`;
    return `\`${written}\` is cut at its thousands separator${s}: in a list in brackets a comma ends an item, so it reads as ${parts}; ${alone} or write the number without its comma${s} (\`${joined.replaceAll(',', '')}\`) (got ${JSON.stringify(written)})`;
  },
  /**
   * A claim's `written` cut in a list in brackets at a comma in its number that groups no
   * thousands (`npv > 1,5`: `npv > 1` and `5`): a decimal comma, or digits grouped wrongly; the
   * claim with a decimal point where it was cut once, and without its commas. `setItem`: on the
   * command line, the `--set` path of the item alone (`claims[1]`).
   */
  commaNumberSplit: (written: string, items: readonly string[], setItem?: string) => {
    const quoted = items.map((item) => `\`${item}\``);
    const parts = `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
    const s = items.length > 2 ? 's' : '';
    const as = (claim: string) => `\`${setItem === undefined ? '' : `--set ${setItem}=`}${claim}\``;
    const bare = `without its comma${s} (${as(items.join(''))})`;
    const write = setItem === undefined ? 'write it' : 'set the item alone';
    const point = `with a decimal point (${as(items.join('.'))})`;
    // `0,5` is no number of thousands: 05 is no advice.
    const advice =
      items.length !== 2
        ? `${write} ${bare}`
        : /(?:^|[^\d.])0$/.test(items[0])
          ? `${write} ${point}`
          : `${write} ${point} or ${bare}`;
    return `\`${written}\` is cut at its comma${s}: in a list in brackets a comma ends an item, so it reads as ${parts}; a comma in a number separates thousands only, three digits after each (\`1,000\`): ${advice} (got ${JSON.stringify(written)})`;
  },
  notMapping: (kind: string) => `a scenario must be a YAML mapping (key: value lines), not ${kind}`,
  multipleDocuments: () => 'the file holds several YAML documents; a scenario file holds exactly one',
};
