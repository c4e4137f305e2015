import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { lintFixture } from './helpers.js';

// The quick start lints this docset: one deliberate mistake of each kind, and nothing else.
// Paths are relative to articles/widgets/.
const EXPECTED: [string, number, number, string, string][] = [
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
  ['legacy-setup.md', 1, 1, 'h1-missing', 'H1 is required'],
  ['legacy-setup.md', 1, 1, 'ms-author-missing', "Missing required attribute: 'ms.author'"],
  ['legacy-setup.md', 1, 1, 'ms-topic-missing', "Missing required attribute: 'ms.topic'"],
  ['legacy-setup.md', 5, 3, 'metadata-value-type', "Expected type 'string' for 'author' but got a list"],
  ['legacy-setup.md', 7, 10, 'ms-date-stale', "ms.date '01/10/2024' is 1051 days old (more than 365)"],
  ['no-metadata.md', 1, 1, 'front-matter-missing', 'Missing front matter'],
  ['overview.md', 16, 1, 'include-not-found', "Cannot find include file 'includes/sign-up.md'"],
  ['overview.md', 18, 1, 'include-invalid', "Include 'includes/release-notes.txt' is not a Markdown file"],
  ['overview.md', 24, 45, 'file-not-found', "Cannot find file 'Widgets-FAQ.md'"],
  ['overview.md', 25, 1, 'bookmark-not-found', "Cannot find bookmark '#which-region-is-supported'"],
  ['overview.md', 34, 14, 'link-insecure', "Link 'http://azure.microsoft.com/pricing/' uses http"],
  ['overview.md', 35, 1, 'docs-link-absolute', 'Link to Microsoft Learn is absolute'],
  ['overview.md', 35, 1, 'hard-coded-locale', "Link contains locale code 'en-us'"],
  ['overview.md', 38, 41, 'link-syntax', "Link '..\\widgets\\getting-started.md' uses backslashes"],
  ['overview.md', 40, 1, 'inline-config-invalid', "Unknown rule 'bookmark-not-fund' in faq-lint-disable-next-line"],
  ['overview.md', 45, 3, 'link-to-redirected', "'widgets-setup.md' was moved to 'getting-started'"],
  ['too-nested.md', 1, 1, 'file-too-complex', 'Block quotes and lists nest 101 deep (limit 100)'],
  ['widgets-faq-structured.yml', 14, 9, 'faq-schema', "Missing required key 'answer' in a question."],
  ['widgets-faq-structured.yml', 15, 9, 'faq-schema', "Unknown key 'anwser' in a question; did you mean 'answer'?"],
  ['widgets-faq.md', 22, 1, 'faq-next-steps-last', "'Next steps' must be the last H2 section"],
  ['widgets-faq.md', 30, 1, 'heading-skipped', 'Heading level skipped: H4 after H2'],
  ['widgets-faq.md', 34, 1, 'faq-answer-empty', "Question 'Can I move widgets between accounts?' has no answer"],
  ['widgets-faq.md', 36, 1, 'faq-question-format', "Question 'Widget retention' does not end with '?'"],
  ['widgets-faq.md', 40, 1, 'faq-duplicate-question', "Question 'what is contoso widgets' is asked twice"],
  ['widgets-faq.md', 40, 1, 'faq-question-format', "Question 'what is contoso widgets' does not end with '?'"],
];

/** Rules the sample cannot show: a faq-lint bug, and a check that needs a git base. */
const NOT_IN_SAMPLE = ['internal-error', 'ms-date-not-updated'];

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

  it('shows every rule at least once (but the two it cannot)', () => {
    const shown = new Set(EXPECTED.map((row) => row[3]));
    expect(allRules.map((r) => r.meta.id).filter((id) => !shown.has(id))).toEqual(NOT_IN_SAMPLE);
  });
});
