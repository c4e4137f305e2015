/**
 * Pipe tables, found without a GFM parser (faq-lint parses CommonMark, where a table is a
 * paragraph): a paragraph line of cells followed by a delimiter row (`|---|:--:|`) with as many
 * cells starts a table; its body rows run to the end of the paragraph. Cells are split on `|`
 * that is neither escaped nor inside a code span (as Markdig, the Learn build's parser, reads
 * them). Anything that does not fit exactly is not taken for a table. Linear in the text.
 */

/** A table's header cells and the first cell of each body row, trimmed, with the header's line offset. */
export interface PipeTable {
  /** Index (0-based) of the header row among the lines given. */
  headerLine: number;
  header: string[];
  firstCells: string[];
}

const DELIMITER_CELL = /^:?-+:?$/;

/** The cells of a table row, or undefined when the line has no unescaped `|` outside code. */
export function rowCells(line: string): string[] | undefined {
  const cells: string[] = [];
  let current = '';
  let pipes = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      current += c + line[i + 1];
      i++;
    } else if (c === '`') {
      let run = 1;
      while (line[i + run] === '`') run++;
      const fence = '`'.repeat(run);
      const close = line.indexOf(fence, i + run);
      // An unclosed run of backticks is literal text.
      const end = close === -1 ? i + run : close + run;
      current += line.slice(i, end);
      i = end - 1;
    } else if (c === '|') {
      cells.push(current);
      current = '';
      pipes++;
    } else current += c;
  }
  cells.push(current);
  if (pipes === 0) return undefined;
  const trimmed = cells.map((cell) => cell.trim());
  // A leading and a trailing pipe open and close the row: they add no cell.
  if (trimmed.length > 1 && trimmed[0] === '' && /^\s*\|/.test(line)) trimmed.shift();
  if (trimmed.length > 1 && trimmed[trimmed.length - 1] === '' && /\|\s*$/.test(line.replace(/\\\|\s*$/, 'x')))
    trimmed.pop();
  return trimmed;
}

/** True for a table's delimiter row (`|---|:--:|`, container markers already removed). */
export function isDelimiterRow(line: string): boolean {
  const cells = rowCells(line);
  return cells !== undefined && cells.every((cell) => DELIMITER_CELL.test(cell));
}

/** The tables among the lines of one paragraph (container markers already removed). */
export function pipeTables(lines: readonly string[]): PipeTable[] {
  const tables: PipeTable[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!isDelimiterRow(lines[i]!)) continue;
    const delimiter = rowCells(lines[i]!)!;
    const header = rowCells(lines[i - 1]!);
    if (!header || header.length !== delimiter.length) continue;
    const firstCells: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = rowCells(lines[j]!);
      if (!row) break;
      firstCells.push(row[0] ?? '');
    }
    tables.push({ headerLine: i - 1, header, firstCells });
    i = j;
  }
  return tables;
}

/** True when a cell is bold as a whole (`**Monday**`, `__Monday__`). */
const isBold = (cell: string): boolean => /^(\*\*|__)\S(?:.*\S)?\1$/.test(cell);

/**
 * True when a table lacks a column header (the build's MissingColumnHeaders): a header cell is
 * empty, unless only the top-left one is and every body row starts with a bold cell (row headers).
 */
export function missesColumnHeader(table: PipeTable): boolean {
  const empty = table.header.map((cell, index) => (cell === '' ? index : -1)).filter((index) => index !== -1);
  if (empty.length === 0) return false;
  if (empty.length === 1 && empty[0] === 0 && table.firstCells.length > 0 && table.firstCells.every(isBold))
    return false;
  return true;
}
