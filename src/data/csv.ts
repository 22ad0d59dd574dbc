// CSV text as lines of cells, each cell with its 1-based column in the line, so a problem in a
// data file can be reported as `file:line:col`. One record a line: a quoted field may hold
// commas and doubled quotes but not a line break (none of minesim's tables needs one).

export interface CsvCell {
  text: string;
  /** 1-based character column where the cell starts (its opening quote, when quoted). */
  col: number;
}

export interface CsvLine {
  /** 1-based line number in the file. */
  line: number;
  cells: CsvCell[];
}

/** Splits one line into cells, honouring double-quoted fields. */
export function splitCsvLine(line: string): CsvCell[] {
  const cells: CsvCell[] = [];
  let text = '';
  let start = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      text += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push({ text, col: start + 1 });
      text = '';
      start = i + 1;
    } else text += c;
  }
  cells.push({ text, col: start + 1 });
  return cells;
}

/**
 * The header and the records of a CSV text. A byte-order mark, and Windows (CR LF) and old Mac (CR)
 * line ends are accepted; blank lines are skipped (their numbers still count).
 */
export function readCsvText(text: string): { header: CsvLine | undefined; rows: CsvLine[] } {
  // CR alone (old Mac OS) ends a line too.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const records: CsvLine[] = [];
  lines.forEach((line, i) => {
    if (line.trim() !== '') records.push({ line: i + 1, cells: splitCsvLine(line) });
  });
  return { header: records[0], rows: records.slice(1) };
}
