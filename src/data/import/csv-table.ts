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
  rows: CsvRow[];
}

/** Cells of one line, trimmed. */
export function splitCsvLine(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/** The header is the first non-blank line; blank lines elsewhere are skipped. */
export function readCsvTable(text: string): CsvTable {
  // LF, CR LF, or CR alone (old Mac OS) ends a line.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let header: string[] | null = null;
  const rows: CsvRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const cells = splitCsvLine(lines[i]);
    if (header === null) header = cells;
    else rows.push({ line: i + 1, cells });
  }
  return { header: header ?? [], rows };
}

/** A whole table back to CSV text, quoting cells that need it. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}
