/** column-header-missing on fixtures/content-rules: the Learn build's table cases, in a blockquote too. */
import { describe, expect, it } from 'vitest';
import { missesColumnHeader, pipeTables, rowCells } from '../../src/parse/pipe-tables.js';
import { lintFixture } from '../helpers.js';

describe('column-header-missing', () => {
  it('reports tables with an empty header cell, once each at the header row; row-header tables, emphasis and code headers, and non-tables stay silent', async () => {
    const message = 'Table has an empty column header';
    expect(await lintFixture('content-rules', { onlyRules: ['column-header-missing'] })).toEqual([
      { file: 'articles/wrong.md', line: 41, column: 1, ruleId: 'column-header-missing', message },
      { file: 'articles/wrong.md', line: 45, column: 1, ruleId: 'column-header-missing', message },
      { file: 'articles/wrong.md', line: 49, column: 1, ruleId: 'column-header-missing', message },
      { file: 'articles/wrong.md', line: 54, column: 3, ruleId: 'column-header-missing', message },
    ]);
  });

  it('splits cells on pipes that are not escaped or in code, and takes only exact tables', () => {
    expect(rowCells('| a \\| b | `c|d` | e |')).toEqual(['a \\| b', '`c|d`', 'e']);
    expect(rowCells('||b|')).toEqual(['', 'b']);
    expect(rowCells('no pipes')).toBeUndefined();
    expect(pipeTables(['| a | b |', '|---|---|', '| 1 | 2 |'])).toEqual([
      { headerLine: 0, header: ['a', 'b'], firstCells: ['1'] },
    ]);
    expect(pipeTables(['| a | b |', '|---|'])).toEqual([]);
    expect(missesColumnHeader({ headerLine: 0, header: ['', 'Mon'], firstCells: ['**9:00**', '__10:00__'] })).toBe(
      false,
    );
    expect(missesColumnHeader({ headerLine: 0, header: ['', 'Mon'], firstCells: ['**9:00**', '10:00'] })).toBe(true);
    expect(missesColumnHeader({ headerLine: 0, header: ['', 'Mon'], firstCells: [] })).toBe(true);
  });
});
