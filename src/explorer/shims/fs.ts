// node:fs in the explorer page: the shipped data files the page carries (the coin's daily history,
// the hardware catalog) are served from memory by their file name; everything else is refused,
// because a page opened from disk reads no file.
/// <reference lib="dom" />

const files = new Map<string, string>();

/** Puts the page's data files in place, by file name (btc-daily.csv, asic-models.csv, ...). */
export function provideFiles(entries: Record<string, string>): void {
  for (const [name, text] of Object.entries(entries)) files.set(name, text);
}

/** The bytes of a text file, as a Node Buffer would give them to `toString('utf8')`. */
class TextBytes extends Uint8Array {
  constructor(private readonly text: string) {
    super(new TextEncoder().encode(text));
  }
  override toString(): string {
    return this.text;
  }
}

function fileText(path: string): string {
  const name = String(path).split('/').pop() ?? '';
  const text = files.get(name);
  if (text === undefined) throw new Error(`the explorer page carries no file ${name} (asked for ${path})`);
  return text;
}

export function readFileSync(path: string, encoding?: string): string | Uint8Array {
  const text = fileText(path);
  return encoding ? text : new TextBytes(text);
}

export function existsSync(path: string): boolean {
  return files.has(String(path).split('/').pop() ?? '');
}

function refuse(name: string): never {
  throw new Error(`${name}: the explorer page reads and writes no files`);
}

export function statSync(): never {
  return refuse('statSync');
}
export function writeFileSync(): never {
  return refuse('writeFileSync');
}
export const promises = {
  readFile: async (path: string, encoding?: string) => readFileSync(path, encoding),
  open: async () => refuse('open'),
  stat: async () => refuse('stat'),
};
export const readFile = promises.readFile;
export const open = promises.open;
export const stat = promises.stat;
export const constants = { O_RDONLY: 0, O_NONBLOCK: 0 };
export default { readFileSync, existsSync, statSync, writeFileSync, promises, constants };
