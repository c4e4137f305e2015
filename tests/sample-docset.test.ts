import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { lintFixture } from './helpers.js';

// The quick start lints this docset: one deliberate mistake of each kind, and nothing else.
// Paths are relative to articles/widgets/.
const EXPECTED: [string, number, number, string, string][] = [
      ["broken-encoding.md", 1, 1, "file-unreadable", "File looks binary (NUL byte at offset 8); not a text file"],
      ["broken-metadata.md", 3, 14, "front-matter-invalid", "Missing closing \"quote"],
      ["draft-notes.md", 1, 1, "author-missing", "Missing required attribute: 'author'. Add the GitHub ID of the article's owner."],
      ["draft-notes.md", 1, 1, "description-missing", "Missing required attribute: 'description'. Add a 115-145 character summary to show in search engine results."],
      ["draft-notes.md", 1, 1, "ms-date-missing", "Missing required attribute: 'ms.date'. Add the date the article was last reviewed, as MM/DD/YYYY."],
      ["draft-notes.md", 1, 1, "title-missing", "Missing required attribute: 'title'. Add a title string to show in search engine results and on the browser tab."],
      ["getting-started.md", 2, 8, "title-bad-length", "String 'title' is too long: 89 characters. Length should be <= 60"],
      ["getting-started.md", 3, 14, "description-bad-length", "String 'description' is too short: 24 characters. Length should be >= 75"],
      ["getting-started.md", 6, 11, "ms-topic-invalid", "Invalid value for 'ms.topic': 'conceptual' is no longer accepted, use 'article' instead"],
      ["getting-started.md", 7, 10, "ms-date-invalid", "Invalid date format for 'ms.date': '2026-04-15'. Use MM/DD/YYYY: '04/15/2026'"],
      ["getting-started.md", 14, 1, "h1-multiple", "Only one H1 is allowed: the page title is the H1 at line 10; make 'Build your first widget' an H2."],
      ["legacy-setup.md", 1, 1, "h1-missing", "H1 is required. Use a single hash (#) followed by a space to create your top-level heading."],
      ["legacy-setup.md", 1, 1, "ms-author-missing", "Missing required attribute: 'ms.author'. Add the Microsoft alias of the article's owner (without @microsoft.com)."],
      ["legacy-setup.md", 1, 1, "ms-topic-missing", "Missing required attribute: 'ms.topic'. Add the article's content type, e.g. 'how-to' or 'overview'."],
      ["legacy-setup.md", 5, 3, "metadata-value-type", "Expected type 'string' for 'author' but got a list"],
      ["legacy-setup.md", 7, 10, "ms-date-stale", "ms.date '01/10/2024' is 1051 days old (more than 365): review the article and update ms.date"],
      ["no-metadata.md", 1, 1, "front-matter-missing", "Missing front matter: start the file with a '---' block of metadata (title, description, ms.date)"],
      ["overview.md", 16, 1, "include-not-found", "Cannot find include file 'articles/widgets/includes/sign-up.md' (included as 'includes/sign-up.md')."],
      ["overview.md", 18, 1, "include-invalid", "Include 'includes/release-notes.txt' is not a Markdown (.md) file: only Markdown files can be included."],
      ["overview.md", 24, 45, "file-not-found", "Cannot find file 'articles/widgets/Widgets-FAQ.md' (linked as 'Widgets-FAQ.md'), did you mean 'widgets-faq.md'?"],
      ["overview.md", 25, 1, "bookmark-not-found", "Cannot find bookmark '#which-region-is-supported' in 'articles/widgets/widgets-faq.md', did you mean '#which-regions-are-supported'?"],
      ["overview.md", 34, 14, "link-insecure", "Link 'http://azure.microsoft.com/pricing/' uses http: use 'https://azure.microsoft.com/pricing/'."],
      ["overview.md", 35, 1, "docs-link-absolute", "Link 'https://learn.microsoft.com/en-us/azure/' to Microsoft Learn should be site-relative: '/azure/'."],
      ["overview.md", 35, 1, "hard-coded-locale", "Link 'https://learn.microsoft.com/en-us/azure/' contains locale code 'en-us'. For localizability, remove 'en-us' from links to Microsoft sites."],
      ["overview.md", 38, 41, "link-syntax", "Link '..\\widgets\\getting-started.md' uses backslashes: write '../widgets/getting-started.md'."],
      ["overview.md", 40, 1, "inline-config-invalid", "Unknown rule 'bookmark-not-fund' in faq-lint-disable-next-line comment"],
      ["widgets-faq-structured.yml", 14, 9, "faq-schema", "Missing required key 'answer' in a question."],
      ["widgets-faq-structured.yml", 15, 9, "faq-schema", "Unknown key 'anwser' in a question; did you mean 'answer'?"],
      ["widgets-faq.md", 22, 1, "faq-next-steps-last", "'Next steps' must be the last H2 section: 'what is contoso widgets' at line 40 comes after it."],
      ["widgets-faq.md", 30, 1, "heading-skipped", "Heading level skipped: H4 after the H2 at line 26; use H3."],
      ["widgets-faq.md", 34, 1, "faq-answer-empty", "Question 'Can I move widgets between accounts?' has no answer before the next heading."],
      ["widgets-faq.md", 36, 1, "faq-question-format", "Question heading 'Widget retention' does not end with '?': phrase it as a question."],
      ["widgets-faq.md", 40, 1, "faq-duplicate-question", "Question 'what is contoso widgets' at line 40 repeats the question at line 14."],
      ["widgets-faq.md", 40, 1, "faq-question-format", "Question heading 'what is contoso widgets' does not end with '?': phrase it as a question."],

];

/** Rules the sample cannot show: a faq-lint bug, and a check that needs a git base. */
const NOT_IN_SAMPLE = ['internal-error', 'ms-date-not-updated'];

describe('the bundled sample docset', () => {
  it('has exactly the deliberate mistakes', async () => {
    const rows = (await lintFixture('sample-docset')).map((r) => [r.file.replace('articles/widgets/', ''), r.line, r.column, r.ruleId, r.message]);
    expect(rows).toEqual(EXPECTED);
  });

  it('shows every rule at least once (but the two it cannot)', () => {
    const shown = new Set(EXPECTED.map((row) => row[3]));
    expect(allRules.map((r) => r.meta.id).filter((id) => !shown.has(id))).toEqual(NOT_IN_SAMPLE);
  });
});
