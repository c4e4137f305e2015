/**
 * `column-header-missing`: a pipe table with an empty header cell (screen readers announce
 * columns by their headers). The Learn build's `column-header-missing` (MissingColumnHeaders).
 */
import { missesColumnHeader, pipeTables } from '../../src/parse/pipe-tables.js';
import { LineIndex } from '../../src/text/line-index.js';
import { defineRule } from '../define.js';

// Block quote markers and indentation before a line's content.
const CONTAINER_PREFIX = /^[ \t]*(?:>[ \t]?)*/;

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
  // The outline lists the paragraphs with a `|`: pipe tables are paragraphs to CommonMark.
  check({ outline, text, report }) {
    if (outline.pipeParagraphs.length === 0) return;
    const lines = new LineIndex(text);
    for (const span of outline.pipeParagraphs) {
      const source = text.slice(span.start.offset, span.end.offset);
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
    }
  },
});
