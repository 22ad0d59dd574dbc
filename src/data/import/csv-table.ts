// A CSV file as a header and rows of cells, each row with its line number, so every later problem
// can say `file:line:col`. Handles what spreadsheet exports produce: a byte-order mark, CRLF line
// ends, blank lines, and double-quoted cells (with "" for a quote; a cell cannot span lines).

export interface CsvRow {
  /** 1-based line in the file. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  /** 1-based line of the header (the first line that is not blank). */
  headerLine: number;
  rows: CsvRow[];
  /**
   * Each line's cells' 1-based character columns (where the cell's text, or its opening quote,
   * begins): problems are found by cell number and said at the column an editor shows.
   */
  starts: Map<number, number[]>;
}

/** Cells of one line, trimmed; `starts`, when given, gets each cell's 1-based character column. */
export function splitCsvLine(text: string, starts?: number[]): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let start = -1;
  let begin = 0;
  const end = (next: number) => {
    cells.push(cell.trim());
    // An empty cell is said where it begins (just after its comma).
    starts?.push((start < 0 ? begin : start) + 1);
    cell = '';
    start = -1;
    begin = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!quoted && c === ',') {
      end(i + 1);
      continue;
    }
    if (start < 0 && c !== ' ' && c !== '\t') start = i;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else cell += c;
  }
  end(text.length);
  return cells;
}

/** The header is the first non-blank line; blank lines elsewhere are skipped. */
export function readCsvTable(text: string): CsvTable {
  // LF, CR LF, or CR alone (old Mac OS) ends a line.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let header: string[] | null = null;
  let headerLine = 1;
  const rows: CsvRow[] = [];
  const starts = new Map<number, number[]>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const at: number[] = [];
    const cells = splitCsvLine(lines[i], at);
    starts.set(i + 1, at);
    if (header === null) {
      header = cells;
      headerLine = i + 1;
    } else rows.push({ line: i + 1, cells });
  }
  return { header: header ?? [], headerLine, rows, starts };
}

/** A whole table back to CSV text, quoting cells that need it. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}
