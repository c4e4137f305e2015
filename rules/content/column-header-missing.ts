/**
 * `column-header-missing`: a pipe table with an empty header cell (screen readers announce
 * columns by their headers). The Learn build's `column-header-missing` (MissingColumnHeaders).
 */
import { isDelimiterRow, missesColumnHeader, pipeTables } from '../../src/parse/pipe-tables.js';
import { nodeSpan } from '../../src/parse/positions.js';
import { LineIndex } from '../../src/text/line-index.js';
import { walk } from '../../src/parse/walk.js';
import { defineRule } from '../define.js';

// Block quote markers and indentation before a line's content.
const CONTAINER_PREFIX = /^[ \t]*(?:>[ \t]?)*/;

// Two pipes with only blanks (what `trim()` removes) between them, within a line.
const BLANK_CELL = /\|[^\S\r\n]*\|/;

/**
 * False when no table of the page can lack a header, so its paragraphs (and tree) need not be
 * read: a table missing one has a delimiter row right under a header line with a blank cell,
 * which shows in the raw line as two pipes with blanks between, or as its only pipe with blanks
 * after (a header of one blank cell; the rule sees the raw line less markers and indentation).
 */
const isLonePipeAtEnd = (line: string): boolean =>
  line.trimEnd().endsWith('|') && line.indexOf('|') === line.lastIndexOf('|');

function mayMissColumnHeader(text: string): boolean {
  if (!text.includes('|')) return false;
  const rows = text.split(/\r\n|\r|\n/);
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (!row.includes('-') || !row.includes('|')) continue;
    const header = rows[i - 1]!;
    if (!BLANK_CELL.test(header) && !isLonePipeAtEnd(header)) continue;
    if (isDelimiterRow(row.slice(CONTAINER_PREFIX.exec(row)![0].length))) return true;
  }
  return false;
}

export const columnHeaderMissing = defineRule({
  meta: {
    id: 'column-header-missing',
    family: 'content',
    description: 'A table has an empty column header cell (row headers in bold are fine)',
    severity: 'warn',
    messages: {
      missing: 'Table has an empty column header',
    },
  },
  check(context) {
    const { text, report } = context;
    if (!mayMissColumnHeader(text)) return;
    const lines = new LineIndex(text);
    walk(context.tree, (node) => {
      if (node.type !== 'paragraph') return;
      const span = nodeSpan(node);
      if (!span) return 'skip';
      const source = text.slice(span.start.offset, span.end.offset);
      if (!source.includes('|')) return 'skip';
      const rows = source.split(/\r?\n|\r/);
      const prefixes = rows.map((row) => CONTAINER_PREFIX.exec(row)![0].length);
      for (const table of pipeTables(rows.map((row, i) => row.slice(prefixes[i])))) {
        if (!missesColumnHeader(table)) continue;
        const line = span.start.line + table.headerLine;
        const start =
          (table.headerLine === 0 ? span.start.offset : lines.lineStart(line)) + prefixes[table.headerLine]!;
        report({
          span: lines.span(start, start + rows[table.headerLine]!.length - prefixes[table.headerLine]!),
          messageId: 'missing',
          detail: 'name every column (row headers: an empty top-left cell, every row starting in bold)',
        });
      }
      return 'skip';
    });
  },
});
