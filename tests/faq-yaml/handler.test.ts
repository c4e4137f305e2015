import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Docset } from '../../src/docset/docset.js';
import { findRoots } from '../../src/docset/root.js';
import { fileKindOf } from '../../src/source/file-kinds.js';
import { PARSERS } from '../../src/summary/parse-file.js';
import { summaryOf } from '../../src/summary/summarise-file.js';
import { FIXTURES, lintFixture } from '../helpers.js';

const read = (file: string): string => readFileSync(path.join(FIXTURES, 'faq-yaml', file), 'utf8');
const parse = (file: string) => PARSERS[fileKindOf(file, read(file))!].parse(file, read(file));
const at = (span: { start: { line: number; column: number } }): string => `${span.start.line}:${span.start.column}`;

describe('structured FAQ handler (fixtures/faq-yaml)', () => {
  test('claims .yml files whose first line is a YamlMime:FAQ header, and nothing else', () => {
    expect(fileKindOf('faq.yml', read('faq.yml'))).toBe('faq-yaml');
    expect(fileKindOf('bad-header.yml', read('bad-header.yml'))).toBe('faq-yaml');
    expect(fileKindOf('landing.yml', read('landing.yml'))).toBeUndefined();
    expect(fileKindOf('faq.yml')).toBeUndefined();
    expect(fileKindOf('notes.txt', '### YamlMime:FAQ\n')).toBeUndefined();
  });

  test('references of summary, answers (literal, folded, quoted, plain) and additionalContent at their place in the file', () => {
    const { summary } = parse('faq.yml');
    expect(summary.kind).toBe('faq-yaml');
    expect(summary.references.map((r) => `${r.kind} ${r.url} ${at(r.span)}`)).toEqual([
      'link overview.md 11:7', // literal block summary
      'link terms.md#usage 20:22', // inside an alert in a literal block answer
      'link missing-page.md 27:30', // third line of a folded (>) answer
      'link quoted.md 29:23', // double-quoted answer
      'link twice.md 30:22', // second line of a folded double-quoted answer
      'link pricing.md 35:15', // second line of a plain multi-line answer
      'docfx-image media/contoso.png 41:28', // triple-colon attribute value
      'link get-started.md 45:5', // additionalContent
    ]);
    const broken = summary.references[2]!;
    expect(broken.span.end).toMatchObject({ line: 27, column: 60 });
    expect(read('faq.yml').slice(broken.span.start.offset, broken.span.end.offset)).toBe(
      '[broken link](missing-page.md)',
    );
  });

  test('anchors and headings are mapped; headings of a structured FAQ carry no id', () => {
    const { summary } = parse('faq.yml');
    expect(summary.anchors.map((a) => `${a.id} ${at(a.span)}`)).toEqual(['about 17:40']);
    expect(summary.headings).toEqual([
      {
        depth: 2,
        text: 'Next steps',
        id: undefined,
        span: expect.objectContaining({ start: expect.objectContaining({ line: 43, column: 3 }) }),
      },
    ]);
  });

  test('metadata comes from the metadata mapping, with spans in the .yml file', () => {
    const { summary } = parse('faq.yml');
    expect(
      summary.metadata?.entries.map((e) => `${e.key}=${String(e.value)} ${at(e.keySpan)} ${at(e.valueSpan)}`),
    ).toEqual([
      'title=Contoso FAQ 3:3 3:10',
      'description=Answers to common questions about the Contoso sample service. 4:3 4:16',
      'ms.topic=faq 5:3 5:13',
      'ms.date=04/15/2020 6:3 6:12',
    ]);
    expect(summary.metadata?.entries.find((e) => e.key === 'ms.date')?.source).toBe('04/15/2020');
    expect(summary.metadata?.problems).toEqual([]);
    expect(summary.metadata?.span.start).toMatchObject({ line: 2, column: 1 });
  });

  test('the synthetic tree: title H1, section H2s, question H3s with answers, and the FAQ structure on tree.data', () => {
    const { tree } = parse('faq.yml');
    const headings = tree.children
      .filter((n) => n.type === 'heading')
      .map((h) => `${h.depth} ${h.data?.faqRole ?? 'markdown'} ${at({ start: h.position!.start })}`);
    expect(headings).toEqual([
      '1 title 7:8',
      '2 section 13:11',
      '3 question 15:19',
      '3 question 22:11',
      '3 question 28:20',
      '2 section 31:11',
      '3 question 33:20',
      '3 question 36:19',
      '3 question 39:19',
      '2 markdown 43:3',
    ]);
    const faq = tree.data!.faqYaml!;
    expect(faq.mime).toBe('FAQ');
    expect(
      faq.sections.map((s) => [s.name, s.questions.map((q) => `${q.text} ${at(q.span)} ${q.answerEmpty}`)]),
    ).toEqual([
      [
        'General',
        [
          'What is Contoso? 15:19 false',
          'How do I use the folded style? 22:11 false',
          'Can I quote "questions"? 28:20 false',
        ],
      ],
      ['Pricing', ['What does it cost? 33:20 false', 'How do I sign in? 36:19 true', 'what is contoso 39:19 false']],
    ]);
    // Answer blocks are in the tree with file positions: the folded answer's paragraph starts on line 25.
    const paragraph = tree.children.find((n) => n.type === 'paragraph' && n.position!.start.line === 25);
    expect(paragraph?.position?.start.column).toBe(11);
  });

  test('YAML syntax errors are kept with their position', () => {
    const { tree, summary } = parse('syntax-error.yml');
    expect(tree.data?.faqYaml?.syntaxErrors.map((e) => `${at(e.span)} ${e.message}`)).toEqual([
      '6:19 Missing closing "quote',
    ]);
    expect(summary.metadata).toBeUndefined();
  });

  test('links from Markdown to a structured FAQ resolve to a faq-yaml summary (bookmarks into it are not checkable)', () => {
    const root = path.join(FIXTURES, 'faq-yaml');
    const docset = new Docset(findRoots(root, root), undefined, { summarise: summaryOf });
    expect(docset.hasFile('faq.yml')).toBe(true);
    expect(docset.summary('faq.yml')?.kind).toBe('faq-yaml');
    expect(docset.summary('faq.yml')?.headings.every((h) => h.id === undefined)).toBe(true);
    expect(docset.summary('landing.yml')).toBeUndefined();
  });

  test('a .yml that is not a FAQ is not linted', async () => {
    const rows = await lintFixture('faq-yaml', { patterns: ['landing.yml'] });
    expect(rows).toEqual([]);
  });
});

describe('structured FAQ handler: odd input never throws', () => {
  const odd = [
    '### YamlMime:FAQ\n',
    '### YamlMime:FAQ\n- a\n- b\n',
    '### YamlMime:FAQ\ntitle: &t T\nsections: *t\n',
    '### YamlMime:FAQ\nsections:\n  - questions:\n      - question: !!str 42\n        answer: !custom x\n      - 7\n',
    '### YamlMime:FAQ\nmetadata: [a]\ntitle: {a: 1}\nsummary: [x]\n',
    '### YamlMime:FAQ\n---\ntitle: second document\n---\ntitle: third\n',
    '### YamlMime:FAQ\r\ntitle: T\r\nquestions:\r\n  - question: "Q?"\r\n    answer: >\r\n      [a](b.md)\r\n',
    '### YamlMime:FAQ\ntitle: T\nsections:\n  - name:\n    questions:\n      - question: |\n          Q?\n        answer: |\n          ---\n          front: matter?\n          ---\n          [l](x.md)\n',
  ];
  test.each(odd.map((text, i) => [i, text] as const))('document %i', async (_i, text) => {
    expect(fileKindOf('odd.yml', text)).toBe('faq-yaml');
    const parsed = PARSERS['faq-yaml'].parse('odd.yml', text);
    expect(parsed.summary.kind).toBe('faq-yaml');
    const { processFile } = await import('../../src/engine/process-file.js');
    const { resolveConfig } = await import('../../src/config/resolve.js');
    const { allRules } = await import('../../rules/index.js');
    const { findings } = processFile({
      path: 'odd.yml',
      text,
      config: resolveConfig('/odd.yml', undefined, allRules),
      settings: { now: '2026-11-26', sitePrefixes: {} },
    });
    expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
  });

  test('the CRLF document maps its folded answer link to the file', () => {
    const text = odd[6]!;
    const { summary } = PARSERS['faq-yaml'].parse('odd.yml', text);
    expect(summary.references.map((r) => `${r.url} ${at(r.span)}`)).toEqual(['b.md 6:7']);
  });

  test('Markdown in an answer that starts with --- is not taken for front matter', () => {
    const text = odd[7]!;
    const { summary } = PARSERS['faq-yaml'].parse('odd.yml', text);
    expect(summary.metadata).toBeUndefined();
    expect(summary.references.map((r) => `${r.url} ${at(r.span)}`)).toEqual(['x.md 12:11']);
  });
});
