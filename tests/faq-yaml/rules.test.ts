import { describe, expect, test } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { familyRuleIds, lintFixture } from '../helpers.js';
import { tempTree } from '../temp.js';

const FAQ_RULES = familyRuleIds('faq');

describe('FAQ rules on structured FAQ files (fixtures/faq-yaml)', () => {
  test('every finding, with file, line, column and message', async () => {
    const rows = await lintFixture('faq-yaml', { onlyRules: FAQ_RULES });
    expect(rows).toEqual([
      {
        file: 'bad-header.yml',
        line: 1,
        column: 1,
        ruleId: 'faq-schema',
        message:
          "The first line must be '### YamlMime:FAQ' for the Learn build to read this file as a FAQ (found '#YamlMime:Faq').",
      },
      {
        file: 'faq.yml',
        line: 37,
        column: 9,
        ruleId: 'faq-answer-empty',
        message: "Question 'How do I sign in?' has an empty answer",
      },
      {
        file: 'faq.yml',
        line: 39,
        column: 19,
        ruleId: 'faq-duplicate-question',
        message: "Question 'what is contoso' is asked twice",
      },
      {
        file: 'schema-errors.yml',
        line: 2,
        column: 1,
        ruleId: 'faq-schema',
        message: "Missing required key 'title' in the FAQ.",
      },
      {
        file: 'schema-errors.yml',
        line: 4,
        column: 1,
        ruleId: 'faq-schema',
        message: "Unknown key 'titel' in the FAQ; did you mean 'title'?",
      },
      {
        file: 'schema-errors.yml',
        line: 8,
        column: 9,
        ruleId: 'faq-schema',
        message: "Missing required key 'answer' in a question.",
      },
      {
        file: 'schema-errors.yml',
        line: 9,
        column: 9,
        ruleId: 'faq-schema',
        message: "Unknown key 'anwser' in a question; did you mean 'answer'?",
      },
      {
        file: 'schema-errors.yml',
        line: 10,
        column: 9,
        ruleId: 'faq-schema',
        message: "Missing required key 'answer' in a question.",
      },
      {
        file: 'schema-errors.yml',
        line: 14,
        column: 11,
        ruleId: 'faq-schema',
        message: "'name' must be a string, not a list.",
      },
      {
        file: 'schema-errors.yml',
        line: 15,
        column: 16,
        ruleId: 'faq-schema',
        message: "'questions' must be a list, not a string.",
      },
      {
        file: 'schema-errors.yml',
        line: 16,
        column: 5,
        ruleId: 'faq-schema',
        message: "Each item of 'sections' must be a mapping (a section), not a string.",
      },
    ]);
  });

  test('the header finding carries a fix to the canonical header', async () => {
    const { lint } = await import('../../src/engine/lint.js');
    const { FIXTURES, TEST_NOW } = await import('../helpers.js');
    const result = await lint({
      cwd: `${FIXTURES}/faq-yaml`,
      patterns: ['bad-header.yml'],
      noConfig: true,
      now: TEST_NOW,
    });
    const finding = result.results[0]!.findings.find((f) => f.ruleId === 'faq-schema');
    expect(finding?.fix).toEqual({ range: [0, 13], text: '### YamlMime:FAQ' });
  });

  test("YAML syntax errors and duplicate keys are the YAML rules', as in every .yml file: once each, not faq-schema's", async () => {
    const rows = await lintFixture('faq-yaml', {
      onlyRules: ['yaml-syntax-error', 'yaml-duplicate-key', 'faq-schema'],
    });
    expect(rows.filter((r) => r.ruleId !== 'faq-schema')).toEqual([
      {
        file: 'schema-errors.yml',
        line: 13,
        column: 9,
        ruleId: 'yaml-duplicate-key',
        message: "Key 'answer' is already defined",
      },
      {
        file: 'syntax-error.yml',
        line: 6,
        column: 19,
        ruleId: 'yaml-syntax-error',
        message: 'YAML syntax error: Missing closing "quote',
      },
    ]);
    expect(rows.filter((r) => r.file === 'syntax-error.yml').map((r) => r.ruleId)).toEqual(['yaml-syntax-error']);
  });

  test('faq-schema allowedKeys option accepts extra keys', async () => {
    const rows = await lintFixture('faq-yaml', {
      patterns: ['schema-errors.yml'],
      onlyRules: ['faq-schema'],
      commandLineRules: { 'faq-schema': ['error', { allowedKeys: ['titel', 'anwser'] }] },
    });
    expect(rows.map((r) => r.line)).toEqual([2, 8, 10, 14, 15, 16]);
  });

  test('a well-formed structured FAQ has no findings from any rule', async () => {
    expect(await lintFixture('faq-yaml-clean')).toEqual([]);
  });
});

describe('fixes inside the Markdown of a structured FAQ', () => {
  test('each fix range covers the URL in the .yml file, or there is no fix', async () => {
    const text = [
      '### YamlMime:FAQ',
      'metadata:',
      '  title: FAQ',
      'title: FAQ',
      'sections:',
      '  - name: General',
      '    questions:',
      '      - question: Where?',
      '        answer: |',
      '          See [docs](https://learn.microsoft.com/en-us/azure/x) and [old](..\\old.md).',
      '      - question: Plain?',
      '        answer: "See [docs](http://azure.microsoft.com/x)"',
      '      - question: Escaped?',
      '        answer: "See [docs](http://azure.microsoft.com/\\x79)"',
      '',
    ].join('\n');
    const root = tempTree({ 'docfx.json': '{}', 'faq.yml': text, 'old.md': '# Old\n' });
    const result = await lint({ cwd: root, patterns: ['faq.yml'], noConfig: true, now: '2026-11-26' });
    const fixes = result.results[0]!.findings.filter((f) =>
      ['docs-link-absolute', 'link-insecure', 'link-syntax'].includes(f.ruleId),
    ).map((f) => [f.ruleId, f.fix && text.slice(...f.fix.range), f.fix?.text]);
    expect(fixes).toEqual([
      ['docs-link-absolute', 'https://learn.microsoft.com/en-us/azure/x', '/azure/x'],
      ['link-syntax', '..\\old.md', '../old.md'],
      ['link-insecure', 'http://azure.microsoft.com/x', 'https://azure.microsoft.com/x'],
      ['link-insecure', undefined, undefined],
    ]);
  });
});
