/**
 * heading-skipped on the rendered outline (fixtures/headings): tab groups (the tab heading is the
 * parent of its tab's headings; the Learn build's own cases from docfx v3 docs/specs/validation/
 * heading-validation.yml), block includes in place, and no judgement across an include faq-lint
 * cannot read.
 */
import { describe, expect, it } from 'vitest';
import { lintFixture, type Row } from '../helpers.js';

const row = (file: string, line: number, column: number, message: string): Row => ({
  file,
  line,
  column,
  ruleId: 'heading-skipped',
  message,
});

describe('heading-skipped (fixtures/headings)', () => {
  it('judges the outline as the build renders it', async () => {
    expect(await lintFixture('headings', { onlyRules: ['heading-skipped'] })).toEqual([
      // A missing include renders nothing: the H4 follows the H2 (an unreadable one, at line 11, stops the judgement).
      row('includes.md', 19, 1, 'Heading level skipped: H4 after H2'),
      // An include that starts too deep is reported where it is included.
      row('includes.md', 23, 1, "Heading level skipped: H4 'Included too deep' of 'includes/starts-deep.md' after H2"),
      row('includes.md', 29, 1, 'Heading level skipped: H5 after H3'),
      // A skip between two headings of an include is the include's own.
      row('includes/skips-inside.md', 3, 1, 'Heading level skipped: H5 after H3'),
      // The H4s under `### [Azure CLI](#tab/cli)` are right; under a `#` tab heading the H4 skips from the H2.
      row('tabs.md', 23, 1, 'Heading level skipped: H4 after H2'),
    ]);
  });
});
