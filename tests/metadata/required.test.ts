import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';
import { lintedAndFindings, METADATA_RULES } from './helpers.js';

const required = (key: string, _why: string) => `Missing required attribute: '${key}'`;

describe('required metadata keys', () => {
  it('reports each missing key at the block start, and names near misses by case or typo at their key', async () => {
    const rows = await lintFixture('metadata-required', { onlyRules: METADATA_RULES });
    expect(rows).toEqual([
      // An empty value is not a missing key: metadata-value-type reports it.
      {
        file: 'empty-title.md',
        line: 2,
        column: 1,
        ruleId: 'metadata-value-type',
        message: "'title' contains null value: give it a value or remove the key",
      },
      {
        file: 'missing-all-but-title.md',
        line: 1,
        column: 1,
        ruleId: 'author-missing',
        message: required('author', "Add the GitHub ID of the article's owner."),
      },
      {
        file: 'missing-all-but-title.md',
        line: 1,
        column: 1,
        ruleId: 'description-missing',
        message: required('description', 'Add a 115-145 character summary to show in search engine results.'),
      },
      {
        file: 'missing-all-but-title.md',
        line: 1,
        column: 1,
        ruleId: 'ms-author-missing',
        message: required('ms.author', "Add the Microsoft alias of the article's owner (without @microsoft.com)."),
      },
      {
        file: 'missing-all-but-title.md',
        line: 1,
        column: 1,
        ruleId: 'ms-date-missing',
        message: required('ms.date', 'Add the date the article was last reviewed, as MM/DD/YYYY.'),
      },
      {
        file: 'missing-all-but-title.md',
        line: 1,
        column: 1,
        ruleId: 'ms-topic-missing',
        message: required('ms.topic', "Add the article's content type, e.g. 'how-to' or 'overview'."),
      },
      {
        file: 'near-misses.md',
        line: 2,
        column: 1,
        ruleId: 'title-missing',
        message: "Missing required attribute: 'title'",
      },
      {
        file: 'near-misses.md',
        line: 4,
        column: 1,
        ruleId: 'ms-date-missing',
        message: "Missing required attribute: 'ms.date'",
      },
      {
        file: 'near-misses.md',
        line: 5,
        column: 1,
        ruleId: 'ms-topic-missing',
        message: "Missing required attribute: 'ms.topic'",
      },
      {
        file: 'near-misses.md',
        line: 6,
        column: 1,
        ruleId: 'author-missing',
        message: "Missing required attribute: 'author'",
      },
      {
        file: 'near-misses.md',
        line: 7,
        column: 1,
        ruleId: 'ms-author-missing',
        message: "Missing required attribute: 'ms.author'",
      },
    ]);
  });

  it('requires keys in include files only with checkIncludes', async () => {
    const rows = await lintFixture('metadata-required', {
      patterns: ['includes/no-metadata.md'],
      commandLineRules: { 'ms-date-missing': ['error', { checkIncludes: true }] },
      onlyRules: METADATA_RULES,
    });
    expect(rows).toEqual([
      {
        file: 'includes/no-metadata.md',
        line: 1,
        column: 1,
        ruleId: 'ms-date-missing',
        message: required('ms.date', 'Add the date the article was last reviewed, as MM/DD/YYYY.'),
      },
    ]);
  });

  it('counts keys that docfx.json gives the file (globalMetadata, fileMetadata with docfx ** globs)', async () => {
    const rows = await lintFixture('metadata-inherited', { onlyRules: METADATA_RULES });
    expect(rows).toEqual([
      // guide.md is outside reference/**: only `author` (global) is inherited.
      {
        file: 'guide.md',
        line: 1,
        column: 1,
        ruleId: 'ms-author-missing',
        message: required('ms.author', "Add the Microsoft alias of the article's owner (without @microsoft.com)."),
      },
      {
        file: 'guide.md',
        line: 1,
        column: 1,
        ruleId: 'ms-topic-missing',
        message: required('ms.topic', "Add the article's content type, e.g. 'how-to' or 'overview'."),
      },
    ]);
  });

  it('finds nothing in the right case', async () => {
    expect(await lintedAndFindings('metadata-required', ['right.md'])).toEqual({ files: ['right.md'], findings: [] });
  });
});

describe('pages and build scope', () => {
  it('checks only files docfx.json builds as pages: not a repository README outside src, not includes', async () => {
    // A false alarm seen on azure-management-docs: README.md, SECURITY.md at the root (src is articles/).
    const rows = await lintFixture('metadata-build-scope', { onlyRules: METADATA_RULES });
    expect(rows).toEqual([
      {
        file: 'articles/overview.md',
        line: 1,
        column: 1,
        ruleId: 'front-matter-missing',
        message: 'Missing front matter',
      },
    ]);
  });
});
