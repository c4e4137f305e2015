import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { lintFixture } from './helpers.js';

// The quick start lints this docset: one deliberate mistake of each kind, and nothing else.
// Paths are relative to articles/widgets/.
const EXPECTED: [string, number, number, string, string][] = [
  ['.openpublishing.redirection.widgets.json', 5, 60, 'redirection-conflict', 'Source redirected more than once'],
  [
    '.openpublishing.redirection.widgets.json',
    6,
    121,
    'source-path-conflict',
    "Both 'source_path' and 'source_path_from_root'",
  ],
  ['.openpublishing.redirection.widgets.json', 7, 22, 'redirection-invalid', 'Only pages can be redirected'],
  ['.openpublishing.redirection.widgets.json', 8, 22, 'redirected-file-not-removed', 'Redirected file still exists'],
  ['.openpublishing.redirection.widgets.json', 9, 22, 'circular-redirection', 'Redirects lead in a circle'],
  ['.openpublishing.redirection.widgets.json', 10, 22, 'circular-redirection', 'Redirects lead in a circle'],
  [
    '.openpublishing.redirection.widgets.json',
    11,
    60,
    'redirect-target-not-found',
    "Redirect target 'pricing' does not exist",
  ],
  [
    '.openpublishing.redirection.widgets.json',
    12,
    58,
    'redirection-url-conflict',
    "2 redirect_document_id entries lead to 'overview'",
  ],
  ['archive/toc.yml', 1, 9, 'yaml-syntax-error', 'YAML syntax error: Missing closing "quote'],
  ['broken-encoding.md', 1, 1, 'file-unreadable', 'File looks binary (NUL byte at offset 8); not a text file'],
  ['broken-metadata.md', 3, 14, 'front-matter-invalid', 'Missing closing "quote'],
  ['draft-notes.md', 1, 1, 'author-missing', "Missing required attribute: 'author'"],
  ['draft-notes.md', 1, 1, 'description-missing', "Missing required attribute: 'description'"],
  ['draft-notes.md', 1, 1, 'ms-date-missing', "Missing required attribute: 'ms.date'"],
  ['draft-notes.md', 1, 1, 'title-missing', "Missing required attribute: 'title'"],
  ['getting-started.md', 2, 8, 'title-bad-length', "String 'title' is too long: 89 characters"],
  ['getting-started.md', 3, 14, 'description-bad-length', "String 'description' is too short: 24 characters"],
  ['getting-started.md', 6, 11, 'ms-topic-invalid', "Invalid value for 'ms.topic': 'conceptual'"],
  ['getting-started.md', 7, 10, 'ms-date-invalid', "Invalid date format for 'ms.date': '2026-04-15'"],
  ['getting-started.md', 14, 1, 'h1-multiple', "More than one H1: 'Build your first widget'"],
  ['getting-started.md', 19, 17, 'zone-pivot-group-missing', "Pivot zones without 'zone_pivot_groups' metadata"],
  ['legacy-setup.md', 1, 1, 'h1-missing', 'H1 is required'],
  ['legacy-setup.md', 1, 1, 'ms-author-missing', "Missing required attribute: 'ms.author'"],
  ['legacy-setup.md', 1, 1, 'ms-topic-missing', "Missing required attribute: 'ms.topic'"],
  ['legacy-setup.md', 5, 3, 'metadata-value-type', "Expected type 'string' for 'author' but got a list"],
  ['legacy-setup.md', 7, 10, 'ms-date-stale', "ms.date '01/10/2024' is 1051 days old (more than 365)"],
  ['no-metadata.md', 1, 1, 'front-matter-missing', 'Missing front matter'],
  ['overview.md', 16, 1, 'include-not-found', "Cannot find include file 'includes/sign-up.md'"],
  ['overview.md', 18, 1, 'include-invalid', "Include 'includes/notes.txt' is not a Markdown file"],
  ['overview.md', 24, 45, 'file-not-found', "Cannot find file 'Widgets-FAQ.md'"],
  ['overview.md', 25, 1, 'bookmark-not-found', "Cannot find bookmark '#which-region-is-supported'"],
  ['overview.md', 34, 14, 'link-insecure', "Link 'http://azure.microsoft.com/pricing/' uses http"],
  ['overview.md', 35, 1, 'docs-link-absolute', 'Link to Microsoft Learn is absolute'],
  ['overview.md', 35, 1, 'hard-coded-locale', "Link contains locale code 'en-us'"],
  ['overview.md', 38, 41, 'link-syntax', "Link '..\\widgets\\getting-started.md' uses backslashes"],
  ['overview.md', 40, 1, 'inline-config-invalid', "Unknown rule 'link-sytnax' in faq-lint-disable-next-line"],
  ['overview.md', 45, 3, 'link-to-redirected', "'widgets-setup.md' was moved to 'getting-started'"],
  ['reference/TOC.md', 1, 1, 'circular-reference', 'TOC files include each other'],
  ['reference/TOC.md', 2, 1, 'invalid-toc-syntax', 'Not a TOC heading'],
  ['reference/TOC.md', 3, 1, 'invalid-toc-level', 'TOC level skipped from 1 to 3'],
  ['toc.yml', 1, 1, 'circular-reference', 'TOC files include each other'],
  ['toc.yml', 5, 3, 'yaml-duplicate-key', "Key 'name' is already defined"],
  ['toc.yml', 7, 3, 'toc-name-missing', 'TOC entry has no name'],
  ['toc.yml', 9, 12, 'invalid-toc-href', "tocHref 'widgets-regions.md' names a page, not a TOC"],
  ['toc.yml', 11, 14, 'invalid-topic-href', "topicHref 'media/' names a TOC, not a page"],
  ['toc.yml', 13, 9, 'toc-not-found', "No TOC file in folder 'media/'"],
  ['too-nested.md', 1, 1, 'file-too-complex', 'Block quotes and lists nest 101 deep (limit 100)'],
  ['widgets-faq-structured.yml', 14, 9, 'faq-schema', "Missing required key 'answer' in a question."],
  ['widgets-faq-structured.yml', 15, 9, 'faq-schema', "Unknown key 'anwser' in a question; did you mean 'answer'?"],
  ['widgets-faq.md', 22, 1, 'faq-next-steps-last', "'Next steps' must be the last H2 section"],
  ['widgets-faq.md', 30, 1, 'heading-skipped', 'Heading level skipped: H4 after H2'],
  ['widgets-faq.md', 34, 1, 'faq-answer-empty', "Question 'Can I move widgets?' has no answer"],
  ['widgets-faq.md', 36, 1, 'faq-question-format', "Question 'Widget retention' does not end with '?'"],
  ['widgets-faq.md', 40, 1, 'faq-duplicate-question', "Question 'what is contoso widgets' is asked twice"],
  ['widgets-faq.md', 40, 1, 'faq-question-format', "Question 'what is contoso widgets' does not end with '?'"],
  ['widgets-platforms.md', 15, 24, 'link-text-missing', "Link 'getting-started.md' has no text"],
  ['widgets-platforms.md', 17, 1, 'alt-text-missing', "Image 'media/architecture.svg' has no alt text"],
  ['widgets-platforms.md', 21, 17, 'pivot-id-not-found', "Pivot 'macos' is not in the page's pivot groups"],
  ['widgets-platforms.md', 27, 10, 'invalid-zone', "Unknown zone target 'print'"],
  ['widgets-platforms.md', 29, 9, 'preserve-view-not-set', "Link sets '?view=' without 'preserve-view=true'"],
  ['widgets-platforms.md', 31, 1, 'column-header-missing', 'Table has an empty column header'],
  ['widgets-platforms.md', 35, 1, 'invalid-image', "Image not rendered: 'alt-text' is required"],
  ['widgets-platforms.md', 37, 41, 'invalid-code', "Snippet not rendered: unknown attribute 'lang'"],
  ['widgets-platforms.md', 39, 1, 'invalid-moniker-range', "Moniker range has no '::: moniker-end'"],
  ['widgets-regions.md', 8, 1, 'pivot-group-not-found', "Pivot group 'widget-regions' is not defined"],
];

/**
 * Rules the sample cannot show: a faq-lint bug, a check that needs a git base, and a broken
 * redirection file (every docset of this repository reads every redirection file in it, so each
 * fixture run would note it; tests/rules/json-syntax-error.test.ts writes one in a temp folder).
 */
const NOT_IN_SAMPLE = ['internal-error', 'ms-date-not-updated', 'json-syntax-error'];

describe('the bundled sample docset', () => {
  it('has exactly the deliberate mistakes', async () => {
    const rows = (await lintFixture('sample-docset')).map((r) => [
      r.file.replace('articles/widgets/', ''),
      r.line,
      r.column,
      r.ruleId,
      r.message,
    ]);
    expect(rows).toEqual(EXPECTED);
  });

  it('shows every rule at least once (but the three it cannot)', () => {
    const shown = new Set(EXPECTED.map((row) => row[3]));
    expect(allRules.map((r) => r.meta.id).filter((id) => !shown.has(id))).toEqual(NOT_IN_SAMPLE);
  });
});
