/**
 * On the event path the syntax tree is built only when a per-file rule reads it: the built-in
 * per-file rules read the outline the event pass makes (images, blank links, pipe paragraphs,
 * triple-colon blocks, code lines), and only the FAQ rules read the tree, on a page whose title
 * or an H1 says FAQ. When it is read, it is the reference tree (remark + the DocFX layer).
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { FindingCollector } from '../../src/engine/collect.js';
import { runFileRules } from '../../src/engine/rule-runner.js';
import { BUILT_IN } from '../../src/engine/rule-set.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { PARSERS } from '../../src/summary/parse-file.js';
import { summariseMarkdown } from '../../src/summary/summarise-markdown.js';
import { LineIndex } from '../../src/text/line-index.js';
import type { ParsedFile } from '../../src/types.js';
import { TEST_NOW } from '../helpers.js';

const front = '---\ntitle: Widgets overview page title\nms.topic: article\nms.date: 11/01/2026\n---\n';

/** Every built-in per-file rule on `text` (event path): how often they read the tree, and their rule ids. */
function checkCountingTreeReads(text: string, path = 'articles/page.md'): { reads: number; ruleIds: string[] } {
  const parsed = PARSERS.markdown.parse(path, text);
  let reads = 0;
  const counted: ParsedFile = {
    summary: parsed.summary,
    outline: parsed.outline,
    get tree() {
      reads++;
      return parsed.tree;
    },
  };
  const collector = new FindingCollector(parsed.summary.directives);
  const config = resolveConfig(`/docs/${path}`, undefined, allRules);
  runFileRules(
    BUILT_IN,
    config,
    { path, text, parsed: counted, settings: { now: TEST_NOW, sitePrefixes: {} } },
    collector,
  );
  return { reads, ruleIds: collector.result().findings.map((finding) => finding.ruleId) };
}

describe('the syntax tree on demand (event path, the default)', () => {
  it('is not built for a page no tree-reading rule can report on', () => {
    const text = `${front}# Widgets\n\nSee [the guide](guide.md#setup), \`a || b\` and <b>bold</b>.\n\n| Name | Value |\n|---|---|\n| a | b |\n\n## Set up\n\nText.\n`;
    expect(checkCountingTreeReads(text)).toEqual({ reads: 0, ruleIds: [] });
  });

  it.each([
    ['an image without alt text', '![](a.png)\n', 'alt-text-missing'],
    ['a link without text', 'See [ ](a.md).\n', 'link-text-missing'],
    ['a table with an empty header cell', '| | B |\n|---|---|\n| a | b |\n', 'column-header-missing'],
    ['a refused :::image', ':::image source="a.png":::\n', 'invalid-image'],
    ['a zone without its end', '::: zone pivot="a"\n\nText.\n', 'invalid-zone'],
  ])('is not built for the outline rules either: %s', (_name, body, ruleId) => {
    const { reads, ruleIds } = checkCountingTreeReads(`${front}${body}`);
    expect(reads).toBe(0);
    expect(ruleIds).toContain(ruleId);
  });

  it('is built for a page whose H1 says FAQ (the FAQ rules read its sections)', () => {
    const { reads, ruleIds } = checkCountingTreeReads(`${front}# Widgets FAQ\n\n## Why?\n\n## How?\n\nLike this.\n`);
    expect(reads).toBeGreaterThan(0);
    expect(ruleIds).toContain('faq-answer-empty');
  });

  it('is the reference tree, and the summary the reference summary', () => {
    const text = `${front}# T\n\n> [!NOTE]\n> [a](b.md) :::image source="c.png" alt-text="C":::\n`;
    const onDemand = PARSERS.markdown.parse('page.md', text);
    expect(onDemand.outline).toBeDefined();
    const lines = new LineIndex(text);
    expect(onDemand.summary).toEqual(summariseMarkdown('page.md', text, parseMarkdown(text, lines), lines));
    expect(onDemand.tree).toEqual(parseMarkdown(text));
  });
});
