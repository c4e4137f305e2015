/**
 * Property-based tests over generated Markdown and YAML front matter (fast-check): the linter
 * never throws, every finding lies inside the file, output is deterministic, and linting never
 * changes the file. Fixed seed and bounded runs in `npm test`; `npm run fuzz` sets FAQ_LINT_FUZZ_RUNS
 * (and FAQ_LINT_FUZZ_SEED to explore other seeds).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { lint } from '../../src/engine/lint.js';
import { processFile } from '../../src/engine/process-file.js';
import { decodeSource } from '../../src/source/text.js';
import { LineIndex } from '../../src/text/line-index.js';
import type { Finding } from '../../src/types.js';
import { TEST_NOW } from '../helpers.js';
import { tempTree } from '../temp.js';

const RUNS = Number(process.env.FAQ_LINT_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FAQ_LINT_FUZZ_SEED ?? 20261126);
const FILE_RUNS = Math.max(10, Math.floor(RUNS / 5));
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns, endOnFailure: true });

/** Pieces of Markdown and DocFX syntax, including the awkward ones. */
const MARKDOWN_PIECES = [
  '# ',
  '## ',
  '###### ',
  '#',
  '> ',
  '>',
  '- ',
  '* ',
  '1. ',
  '2) ',
  '    ',
  '\t',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '<',
  '>',
  '*',
  '**',
  '_',
  '__',
  '`',
  '```',
  '~~~',
  '\\',
  '&amp;',
  '&#0;',
  '&#x110000;',
  'text',
  'Word',
  'é',
  '😀',
  '\u200b',
  '\u0000',
  '\u001b',
  '\u007f',
  '\ufeff',
  '\ud800',
  '[link](a.md)',
  '[up](../../../../../x.md)',
  '[abs](/azure/a)',
  '[drive](C:\\x.md)',
  '[bm](#heading)',
  '[tab](#tab/x)',
  '[ref][r]',
  '[r]: b.md',
  '<https://example.com>',
  '[http](http://learn.microsoft.com/en-us/azure/a)',
  '[learn](https://learn.microsoft.com/azure/b)',
  '[x](xref:System.String)',
  '[x](<a b.md>)',
  '[!INCLUDE [t](i.md)]',
  '[!INCLUDE[t](../i.md)]',
  '> [!NOTE]\n> ',
  '> [!div class="x"]',
  '> [!VIDEO https://v]',
  ':::image type="content" source="a.png" alt-text="a":::',
  ':::code source="c.cs":::',
  '::: moniker range=">=v1"',
  '::: moniker-end',
  ':::',
  '<a name="x"></a>',
  '<a id="y">',
  '</a>',
  '<img src="i.png">',
  '<div id="z">',
  '<!-- faq-lint-disable -->',
  '<!-- faq-lint-enable -->',
  '<!-- faq-lint-disable-next-line file-not-found -->',
  '<!-- faq-lint-disable-line nope -->',
  '<!--',
  '-->',
  '|',
  '---',
  '***',
  '===',
];

/** Pieces of YAML, including anchors, aliases, tags, prototype keys and broken syntax. */
const YAML_PIECES = [
  'title: ',
  'description: ',
  'ms.date: ',
  'ms.topic: ',
  'author: ',
  'ms.author: ',
  '__proto__: ',
  'constructor: ',
  'prototype: ',
  '04/15/2020',
  '2020-04-15',
  '13/45/2020',
  'faq',
  'how-to',
  'x',
  '"',
  "'",
  ': ',
  ':',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '<<: ',
  '!!js/function ',
  '!!binary ',
  '!custom ',
  '|',
  '>',
  '#',
  '\n',
  '\n  ',
  '\r\n',
  '\t',
  '---',
  '...',
  '\u0000',
  'é',
];

const fromPieces = (pieces: string[], maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...pieces) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

/** An article: optional front matter, then Markdown. */
const article = fc
  .tuple(
    fc.boolean(),
    fromPieces(YAML_PIECES, 30),
    fromPieces(MARKDOWN_PIECES, 80),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(
    ([withFrontMatter, yaml, markdown, eol]) => (withFrontMatter ? `---${eol}${yaml}${eol}---${eol}` : '') + markdown,
  );

const config = resolveConfig('/docs/a.md', undefined, allRules, {});
const settings = { now: TEST_NOW, sitePrefixes: {} };

/** Each finding's start and end lie inside the text: 1 <= line <= lineCount, 1 <= column <= line length + 1. */
function outsideFile(text: string, findings: readonly Finding[]): string[] {
  const lines = new LineIndex(text);
  const lineLength = (line: number): number => {
    const start = lines.lineStart(line);
    const next = line < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    let end = next;
    if (line < lines.lineCount) end -= text[next - 2] === '\r' && text[next - 1] === '\n' ? 2 : 1;
    return end - start;
  };
  const inside = (line: number, column: number): boolean =>
    Number.isInteger(line) &&
    Number.isInteger(column) &&
    line >= 1 &&
    line <= lines.lineCount &&
    column >= 1 &&
    column <= lineLength(line) + 1;
  return findings
    .filter(
      (f) =>
        !inside(f.line, f.column) ||
        !inside(f.endLine, f.endColumn) ||
        f.endLine < f.line ||
        (f.endLine === f.line && f.endColumn < f.column),
    )
    .map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
}

describe('fuzz: per-file step (parse, summarise, per-file rules)', () => {
  it('never throws, never reports an internal error, keeps every finding inside the file, and is deterministic', () => {
    fc.assert(
      fc.property(article, (text) => {
        const first = processFile({ path: 'a.md', text, config, settings });
        const second = processFile({ path: 'a.md', text, config, settings });
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        expect(first.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
        expect(outsideFile(text, first.findings)).toEqual([]);
        // Summary spans are inside the file too (cross-file rules report at them).
        const summary = first.summary;
        const spans = summary
          ? [...summary.references, ...summary.headings, ...summary.anchors, ...summary.directives].map((r) => r.span)
          : [];
        for (const span of spans)
          expect(span.end.offset <= text.length && span.start.offset <= span.end.offset).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      params(RUNS),
    );
  });
});

describe('fuzz: the whole run on files on disk (cross-file rules, directives, decoding)', () => {
  it(
    'never throws, findings inside the file, two runs equal, files and folder unchanged',
    { timeout: 600_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(article, article, fc.boolean(), async (a, b, bom) => {
          const root = tempTree({
            'docfx.json': '{}',
            'a.md': (bom ? '\ufeff' : '') + a,
            'sub/b.md': b,
            'i.md': '# Include\n',
          });
          const before = snapshot(root);
          const first = await lint({ cwd: root, noConfig: true, now: TEST_NOW });
          const second = await lint({ cwd: root, noConfig: true, now: TEST_NOW });
          expect(JSON.stringify(second)).toBe(JSON.stringify(first));
          for (const file of first.results) {
            const source = decodeSource(readFileSync(file.filePath));
            if (!source.ok) continue;
            expect(outsideFile(source.text, file.findings)).toEqual([]);
            expect(file.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
          }
          expect(snapshot(root)).toEqual(before);
        }),
        params(FILE_RUNS),
      );
    },
  );
});

/** Every file under `root` with its bytes and mtime. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(root, file)] = `${readFileSync(file).toString('hex')} ${statSync(file).mtimeMs}`;
  }
  return out;
}
