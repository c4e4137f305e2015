import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';
import { findingsOf, lintedAndFindings, METADATA_RULES } from './helpers.js';

describe('ms-topic-invalid', () => {
  it('pins every finding: retired value with its replacement, case and typo suggestions, unknown values', async () => {
    const rows = await lintFixture('metadata-ms-topic', { onlyRules: METADATA_RULES });
    expect(rows).toEqual([
      {
        file: 'conceptual.md',
        line: 5,
        column: 11,
        ruleId: 'ms-topic-invalid',
        message: "Invalid value for 'ms.topic': 'conceptual'",
      },
      {
        file: 'list.md',
        line: 5,
        column: 11,
        ruleId: 'metadata-value-type',
        message: "Expected type 'string' for 'ms.topic' but got a list",
      },
      {
        file: 'typo.md',
        line: 5,
        column: 11,
        ruleId: 'ms-topic-invalid',
        message: "Invalid value for 'ms.topic': 'tutoral'",
      },
      {
        file: 'unknown.md',
        line: 5,
        column: 11,
        ruleId: 'ms-topic-invalid',
        message: "Invalid value for 'ms.topic': 'marketing-page'",
      },
      {
        file: 'wrong-case.md',
        line: 5,
        column: 11,
        ruleId: 'ms-topic-invalid',
        message: "Invalid value for 'ms.topic': 'How-To'",
      },
    ]);
    const [conceptual] = await findingsOf('metadata-ms-topic', 'conceptual.md');
    expect(conceptual!.suggestions).toEqual(['article']);
  });

  it('accepts extra values from the config', async () => {
    const rows = await lintFixture('metadata-ms-topic', {
      patterns: ['unknown.md'],
      commandLineRules: { 'ms-topic-invalid': ['error', { extraAllowed: ['marketing-page'] }] },
    });
    expect(rows).toEqual([]);
  });

  it('finds nothing in the right cases (quoted, with a comment, include)', async () => {
    expect(await lintedAndFindings('metadata-ms-topic', ['right*.md', 'includes/*.md'])).toEqual({
      files: ['includes/snippet.md', 'right-comment.md', 'right-quoted.md', 'right.md'],
      findings: [],
    });
  });
});

describe('title-bad-length and description-bad-length', () => {
  it('pins every finding at the value, boundaries included, very long values too', async () => {
    const rows = await lintFixture('metadata-lengths', { onlyRules: METADATA_RULES });
    expect(rows).toEqual([
      {
        file: 'description-301.md',
        line: 3,
        column: 14,
        ruleId: 'description-bad-length',
        message: "String 'description' is too long: 301 characters",
      },
      {
        file: 'description-74.md',
        line: 3,
        column: 14,
        ruleId: 'description-bad-length',
        message: "String 'description' is too short: 74 characters",
      },
      {
        file: 'title-61.md',
        line: 2,
        column: 8,
        ruleId: 'title-bad-length',
        message: "String 'title' is too long: 61 characters",
      },
      {
        file: 'very-long.md',
        line: 2,
        column: 8,
        ruleId: 'title-bad-length',
        message: "String 'title' is too long: 2000 characters",
      },
      {
        file: 'very-long.md',
        line: 3,
        column: 14,
        ruleId: 'description-bad-length',
        message: "String 'description' is too long: 7003 characters",
      },
    ]);
  });

  it('uses configured thresholds (the guide recommends 115-145 for descriptions)', async () => {
    const rows = await lintFixture('metadata-lengths', {
      patterns: ['right-75.md'],
      commandLineRules: { 'description-bad-length': ['warn', { minLength: 115, maxLength: 145 }] },
      onlyRules: METADATA_RULES,
    });
    expect(rows).toEqual([
      {
        file: 'right-75.md',
        line: 3,
        column: 14,
        ruleId: 'description-bad-length',
        message: "String 'description' is too short: 75 characters",
      },
    ]);
  });

  it('finds nothing in the right cases (60, 75, 300 characters, folded block, include)', async () => {
    expect(await lintedAndFindings('metadata-lengths', ['right-*.md', 'folded.md', 'includes/*.md'])).toEqual({
      files: ['folded.md', 'includes/long.md', 'right-300.md', 'right-60.md', 'right-75.md'],
      findings: [],
    });
  });
});

describe('metadata-value-type', () => {
  it('pins lists and mappings where a string is expected, and empty values', async () => {
    const rows = await lintFixture('metadata-value-type', { onlyRules: METADATA_RULES });
    expect(rows).toEqual([
      {
        file: 'description-map.md',
        line: 4,
        column: 3,
        ruleId: 'metadata-value-type',
        message: "Expected type 'string' for 'description' but got a mapping",
      },
      {
        file: 'empty-values.md',
        line: 8,
        column: 1,
        ruleId: 'metadata-value-type',
        message: "'ms.reviewer' contains null value: give it a value or remove the key",
      },
      {
        file: 'empty-values.md',
        line: 9,
        column: 1,
        ruleId: 'metadata-value-type',
        message: "'ms.service' is an empty string: give it a value or remove the key",
      },
      {
        file: 'null-word.md',
        line: 8,
        column: 1,
        ruleId: 'metadata-value-type',
        message: "'ms.service' contains null value: give it a value or remove the key",
      },
      {
        file: 'null-word.md',
        line: 9,
        column: 1,
        ruleId: 'metadata-value-type',
        message: "'manager' contains null value: give it a value or remove the key",
      },
      {
        file: 'title-list.md',
        line: 3,
        column: 3,
        ruleId: 'metadata-value-type',
        message: "Expected type 'string' for 'title' but got a list",
      },
    ]);
  });

  it('finds nothing in the right cases (lists where published pages use them: ms.collection, ms.custom)', async () => {
    expect(await lintedAndFindings('metadata-value-type', ['right*.md'])).toEqual({
      files: ['right-custom-list.md', 'right.md'],
      findings: [],
    });
  });
});
