/**
 * Links inside moniker ranges (`::: moniker range="..."` ... `::: moniker-end`): the Learn build
 * renders a range only for the page versions it shares and drops it otherwise, before it resolves
 * links (docfx v3 MarkdownEngine: UseMonikerZone before UseResolveLink). faq-lint cannot tell
 * which without the moniker definitions, so it checks no link target inside a range, and says how
 * many it left unchecked in a run note.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { summariseMarkdown } from '../../src/summary/summarise-markdown.js';
import { LineIndex } from '../../src/text/line-index.js';
import { runCli } from '../cli.js';
import { TEST_NOW } from '../helpers.js';
import { page } from '../integrations/pages.js';
import { tempTree } from '../temp.js';

/** Every kind of broken target, once: a missing file, a missing bookmark, a redirected page, a missing include. */
const BROKEN = [
  '[gone](gone.md)',
  '[bookmark](target.md#no-such-heading)',
  '[moved](old.md)',
  '',
  '[!INCLUDE [missing](includes/missing.md)]',
].join('\n');

function docset(body: string): string {
  return tempTree({
    'docfx.json': '{}',
    'target.md': page('Target', '# Target\n'),
    'new.md': page('New', '# New\n'),
    '.openpublishing.redirection.json': '{ "redirections": [ { "source_path": "old.md", "redirect_url": "new" } ] }\n',
    'page.md': page('Page', `# Page\n\n${body}\n`),
  });
}

async function rows(root: string): Promise<{ findings: string[]; notes: string[] }> {
  const result = await lint({ cwd: root, noConfig: true, now: TEST_NOW, patterns: ['page.md'] });
  return {
    findings: result.results.flatMap((r) => r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)),
    notes: (result.notes ?? []).map((n) => n.message),
  };
}

// The body starts on line 11 (8 lines of front matter, a blank line, '# Page', a blank line).
const OUTSIDE = ['11:1 file-not-found', '12:1 bookmark-not-found', '13:1 link-to-redirected', '15:1 include-not-found'];

describe('links inside moniker ranges', () => {
  it('outside a range every broken target is reported', async () => {
    expect(await rows(docset(BROKEN))).toEqual({ findings: OUTSIDE, notes: [] });
  });

  it('inside a range none is, and a run note counts them (each link once, whichever rules skipped it)', async () => {
    const root = docset(`::: moniker range=">= v2"\n\n${BROKEN}\n\n::: moniker-end\n\n[after](gone.md)\n`);
    expect(await rows(root)).toEqual({
      findings: ['21:1 file-not-found'],
      notes: [
        '4 links in 1 file stand inside moniker ranges (::: moniker range="...") and were not checked: the Learn build shows a range only for the versions it shares with the page and drops it otherwise, which faq-lint cannot tell without the moniker definitions.',
      ],
    });
    // The CLI says it on stderr with the other notes.
    const run = runCli(['page.md', '--no-config', '--format', 'json'], root, { FAQ_LINT_NOW: TEST_NOW });
    expect(run.stderr).toBe(
      'faq-lint: note: 4 links in 1 file stand inside moniker ranges (::: moniker range="...") and were not checked: the Learn build shows a range only for the versions it shares with the page and drops it otherwise, which faq-lint cannot tell without the moniker definitions.\n',
    );
  });

  it('a range never closed runs to the end of the file, as the build reads it', async () => {
    const root = docset(`[before](gone.md)\n\n::: moniker range="v1"\n\n${BROKEN}\n`);
    expect((await rows(root)).findings).toEqual(['11:1 file-not-found', '13:1 invalid-moniker-range']);
  });

  it('a range inside a range: everything from the outer one on is left unchecked', async () => {
    const root = docset(
      `::: moniker range="v1"\n::: moniker range="v2"\n::: moniker-end\n::: moniker-end\n\n${BROKEN}\n`,
    );
    expect((await rows(root)).findings).toEqual([]);
  });

  it('not a range: in a code block, or an opening the build does not read (no closing quote)', async () => {
    const inCode = docset(
      `\`\`\`md\n::: moniker range="v1"\n\`\`\`\n\n${BROKEN}\n\n\`\`\`md\n::: moniker-end\n\`\`\`\n`,
    );
    expect((await rows(inCode)).findings).toEqual([
      '15:1 file-not-found',
      '16:1 bookmark-not-found',
      '17:1 link-to-redirected',
      '19:1 include-not-found',
    ]);
    const unread = docset(`::: moniker range="v1\n\n${BROKEN}\n\n::: moniker-end\n`);
    expect((await rows(unread)).findings).toEqual([
      '11:1 invalid-moniker-range',
      '13:1 file-not-found',
      '14:1 bookmark-not-found',
      '15:1 link-to-redirected',
      '17:1 include-not-found',
    ]);
  });

  it('the summary flags the references inside a range, and only those', () => {
    const text = 'a [x](x.md)\n\n::: moniker range="v1"\n[y](y.md) ![i](i.png)\n::: moniker-end\n\n[z](z.md)\n';
    const lines = new LineIndex(text);
    const summary = summariseMarkdown('p.md', text, parseMarkdown(text, lines), lines);
    expect(summary.references.map((r) => [r.url, r.monikerZone ?? false])).toEqual([
      ['x.md', false],
      ['y.md', true],
      ['i.png', true],
      ['z.md', false],
    ]);
  });

  it('links to other sites, xrefs and tabs inside a range are not counted (nothing would check them)', async () => {
    const root = docset('::: moniker range="v1"\n\n[web](https://example.com) [x](xref:A.B)\n\n::: moniker-end\n');
    expect(await rows(root)).toEqual({ findings: [], notes: [] });
  });
});
