import { describe, expect, test } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { lintFixture } from '../helpers.js';
import { tempTree } from '../temp.js';

const FAQ_RULES = [
  'h1-missing',
  'h1-multiple',
  'heading-skipped',
  'faq-question-format',
  'faq-answer-empty',
  'faq-duplicate-question',
  'faq-next-steps-last',
];

describe('Markdown FAQ rules (fixtures/faq-markdown)', () => {
  test('every finding, with file, line, column and message', async () => {
    const rows = await lintFixture('faq-markdown', { onlyRules: FAQ_RULES });
    expect(rows).toEqual([
      {
        file: 'article.md',
        line: 12,
        column: 1,
        ruleId: 'heading-skipped',
        message: 'Heading level skipped: H4 after H2',
      },
      // Category headings (## General, ## Billing) are not questions: their H3s are, and are judged.
      {
        file: 'categories-faq.md',
        line: 16,
        column: 1,
        ruleId: 'faq-question-format',
        message: "Question 'Pricing and plans' does not end with '?'",
      },
      {
        file: 'categories-faq.md',
        line: 22,
        column: 1,
        ruleId: 'faq-answer-empty',
        message: "Question 'How am I billed?' has no answer",
      },
      {
        file: 'categories-faq.md',
        line: 28,
        column: 1,
        ruleId: 'faq-duplicate-question',
        message: "Question 'What is Contoso?' is asked twice",
      },
      {
        file: 'common.md',
        line: 8,
        column: 1,
        ruleId: 'faq-question-format',
        message: "Question 'Limits' does not end with '?'",
      },
      {
        file: 'faq.md',
        line: 16,
        column: 1,
        ruleId: 'faq-question-format',
        message: "Question 'Pricing' does not end with '?'",
      },
      {
        file: 'faq.md',
        line: 20,
        column: 1,
        ruleId: 'faq-answer-empty',
        message: "Question 'How do I sign in?' has no answer",
      },
      {
        file: 'faq.md',
        line: 24,
        column: 1,
        ruleId: 'faq-duplicate-question',
        message: "Question 'What is   CONTOSO' is asked twice",
      },
      {
        file: 'faq.md',
        line: 24,
        column: 1,
        ruleId: 'faq-question-format',
        message: "Question 'What is   CONTOSO' does not end with '?'",
      },
      { file: 'faq.md', line: 28, column: 1, ruleId: 'heading-skipped', message: 'Heading level skipped: H4 after H2' },
      {
        file: 'faq.md',
        line: 32,
        column: 1,
        ruleId: 'faq-next-steps-last',
        message: "'Next steps' must be the last H2 section",
      },
      {
        file: 'faq.md',
        line: 42,
        column: 1,
        ruleId: 'faq-question-format',
        message: "Question 'Next step' does not end with '?'",
      },
      { file: 'faq.md', line: 46, column: 1, ruleId: 'h1-multiple', message: "More than one H1: 'Another title'" },
      { file: 'no-title.md', line: 1, column: 1, ruleId: 'h1-missing', message: 'H1 is required' },
    ]);
  });

  test('a well-formed FAQ (detected by file name) has no findings: deeper headings with content answer a question', async () => {
    expect(await lintFixture('faq-markdown', { patterns: ['contoso-faq.md'], onlyRules: FAQ_RULES })).toEqual([]);
  });

  test('tab headings (# [Linux](#tab/linux)) are tabs: not H1s, not outline levels, not questions', async () => {
    expect(await lintFixture('faq-markdown', { patterns: ['tabs-faq.md'], onlyRules: FAQ_RULES })).toEqual([]);
  });

  test('an H1 from an include is the page title, and include files need no H1', async () => {
    expect(
      await lintFixture('faq-markdown', { patterns: ['included-title.md', 'includes'], onlyRules: FAQ_RULES }),
    ).toEqual([]);
  });

  test('h1-missing: includeFolders option', async () => {
    const rows = await lintFixture('faq-markdown', {
      patterns: ['includes/snippet.md'],
      onlyRules: ['h1-missing'],
      commandLineRules: { 'h1-missing': ['warn', { includeFolders: [] }] },
    });
    expect(rows).toEqual([
      { file: 'includes/snippet.md', line: 1, column: 1, ruleId: 'h1-missing', message: 'H1 is required' },
    ]);
  });

  test('faqTopics option: a page becomes a FAQ by its ms.topic', async () => {
    const rows = await lintFixture('faq-markdown', {
      patterns: ['article.md'],
      onlyRules: ['faq-question-format'],
      commandLineRules: { 'faq-question-format': ['warn', { faqTopics: ['conceptual'] }] },
    });
    expect(rows).toEqual([
      {
        file: 'article.md',
        line: 8,
        column: 1,
        ruleId: 'faq-question-format',
        message: "Question 'Limits' does not end with '?'",
      },
    ]);
  });

  test('faqTitlePhrases option: an empty list stops detection by title', async () => {
    const rows = await lintFixture('faq-markdown', {
      patterns: ['common.md'],
      onlyRules: ['faq-question-format'],
      commandLineRules: { 'faq-question-format': ['warn', { faqTitlePhrases: [] }] },
    });
    expect(rows).toEqual([]);
  });

  test('exemptSections and questionLevel options', async () => {
    const exempt = await lintFixture('faq-markdown', {
      patterns: ['faq.md'],
      onlyRules: ['faq-question-format'],
      commandLineRules: { 'faq-question-format': ['warn', { exemptSections: ['Pricing', 'Next step', 'Next steps'] }] },
    });
    expect(exempt.map((r) => r.line)).toEqual([24]);
    const level3 = await lintFixture('faq-markdown', {
      patterns: ['faq.md'],
      onlyRules: ['faq-answer-empty'],
      commandLineRules: { 'faq-answer-empty': ['warn', { questionLevel: 3 }] },
    });
    expect(level3).toEqual([]);
    const level4 = await lintFixture('faq-markdown', {
      patterns: ['faq.md'],
      onlyRules: ['faq-question-format'],
      commandLineRules: { 'faq-question-format': ['warn', { questionLevel: 4 }] },
    });
    expect(level4).toEqual([
      {
        file: 'faq.md',
        line: 28,
        column: 1,
        ruleId: 'faq-question-format',
        message: "Question 'Details' does not end with '?'",
      },
    ]);
  });

  test('faq-next-steps-last: nextStepsNames option', async () => {
    const rows = await lintFixture('faq-markdown', {
      patterns: ['faq.md'],
      onlyRules: ['faq-next-steps-last'],
      commandLineRules: { 'faq-next-steps-last': ['warn', { nextStepsNames: ['Next step'] }] },
    });
    expect(rows).toEqual([]);
  });
});

describe('h1-missing and the build scope', () => {
  test('a file outside docfx.json build.content (a root README) is not a page', async () => {
    const root = tempTree({
      'docfx.json': JSON.stringify({ build: { content: [{ files: ['articles/**/*.md'] }] } }),
      'README.md': 'No title here.\n',
      'articles/page.md': 'No title here either.\n',
    });
    const result = await lint({ cwd: root, noConfig: true, now: '2026-11-26', commandLineRules: {} });
    const h1 = result.results.flatMap((r) =>
      r.findings.filter((f) => f.ruleId === 'h1-missing').map((f) => `${r.path}:${f.line}:${f.column}`),
    );
    expect(h1).toEqual(['articles/page.md:1:1']);
  });
});
