import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';
import { lintedAndFindings, METADATA_RULES } from './helpers.js';

const FIXTURE = 'metadata-front-matter';
const missing = 'Missing front matter';
const required = (key: string, _why: string) => `Missing required attribute: '${key}'`;

describe('front-matter-missing and front-matter-invalid', () => {
  it('pins every finding of the front matter fixture (BOM, CRLF, tabs, empty file, unclosed, duplicates)', async () => {
    const rows = await lintFixture(FIXTURE, { onlyRules: METADATA_RULES });
    expect(rows).toEqual([
      // BOM and CRLF: positions count from the first character after the BOM; the date is the only problem.
      {
        file: 'bom-crlf-bad.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-invalid',
        message: "Invalid date format for 'ms.date': '2026-11-02'",
      },
      // A `---` later in the body is a thematic break, not front matter.
      { file: 'break-later.md', line: 1, column: 1, ruleId: 'front-matter-missing', message: missing },
      {
        file: 'displaced.md',
        line: 2,
        column: 1,
        ruleId: 'front-matter-missing',
        message: "Front matter must start on line 1; the '---' on line 2 is read as a thematic break, not metadata",
      },
      {
        file: 'duplicate.md',
        line: 8,
        column: 1,
        ruleId: 'front-matter-invalid',
        message: "Duplicate key 'title' (first at line 2)",
      },
      {
        file: 'empty-block.md',
        line: 1,
        column: 1,
        ruleId: 'author-missing',
        message: required('author', "Add the GitHub ID of the article's owner."),
      },
      {
        file: 'empty-block.md',
        line: 1,
        column: 1,
        ruleId: 'description-missing',
        message: required('description', 'Add a 115-145 character summary to show in search engine results.'),
      },
      {
        file: 'empty-block.md',
        line: 1,
        column: 1,
        ruleId: 'ms-author-missing',
        message: required('ms.author', "Add the Microsoft alias of the article's owner (without @microsoft.com)."),
      },
      {
        file: 'empty-block.md',
        line: 1,
        column: 1,
        ruleId: 'ms-date-missing',
        message: required('ms.date', 'Add the date the article was last reviewed, as MM/DD/YYYY.'),
      },
      {
        file: 'empty-block.md',
        line: 1,
        column: 1,
        ruleId: 'ms-topic-missing',
        message: required('ms.topic', "Add the article's content type, e.g. 'how-to' or 'overview'."),
      },
      {
        file: 'empty-block.md',
        line: 1,
        column: 1,
        ruleId: 'title-missing',
        message: required('title', 'Add a title string to show in search engine results and on the browser tab.'),
      },
      { file: 'empty.md', line: 1, column: 1, ruleId: 'front-matter-missing', message: missing },
      // Include files need no front matter, but a broken one is still reported, at the YAML error.
      {
        file: 'includes/broken.md',
        line: 3,
        column: 11,
        ruleId: 'front-matter-invalid',
        message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
      },
      { file: 'no-front-matter.md', line: 1, column: 1, ruleId: 'front-matter-missing', message: missing },
      {
        file: 'not-mapping.md',
        line: 2,
        column: 1,
        ruleId: 'front-matter-invalid',
        message: 'Front matter must be a mapping of keys to values',
      },
      {
        file: 'scalar.md',
        line: 2,
        column: 1,
        ruleId: 'front-matter-invalid',
        message: 'Front matter must be a mapping of keys to values',
      },
      // A YAML syntax error stops the required-key rules (no pile of "missing" findings).
      {
        file: 'syntax-error.md',
        line: 4,
        column: 1,
        ruleId: 'front-matter-invalid',
        message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
      },
      {
        file: 'tabs.md',
        line: 4,
        column: 1,
        ruleId: 'front-matter-invalid',
        message: 'Tabs are not allowed as indentation',
      },
      {
        file: 'unclosed.md',
        line: 1,
        column: 1,
        ruleId: 'front-matter-invalid',
        message: "Front matter opened with '---' on line 1 is never closed by a '---' line",
      },
    ]);
  });

  it('finds nothing in the right cases: BOM, CRLF, CR CR LF, front matter only, a tab after a colon, a thematic break in the body', async () => {
    const clean = [
      'right.md',
      'bom.md',
      'crlf.md',
      'lone-cr.md',
      'front-matter-only.md',
      'tab-after-colon.md',
      'thematic-break-in-body.md',
      'includes/snippet.md',
    ];
    expect(await lintedAndFindings(FIXTURE, clean)).toEqual({ files: [...clean].sort(), findings: [] });
  });
});
