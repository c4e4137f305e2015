import { spawnSync } from 'node:child_process';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { allRules, rulesById } from '../../rules/index.js';
import { defineRule } from '../../rules/define.js';
import faqLint, { type FaqLintRemarkOptions } from '../../src/remark.js';
import { REPO_ROOT } from '../helpers.js';
import { tempTree } from '../temp.js';

describe('faq-lint as a remark plugin', () => {
  it('reports through vfile messages and leaves the tree unchanged', async () => {
    const root = tempTree({ 'docfx.json': '{}' });
    const text = '# Title\n\n<!-- faq-lint-disable-next-line no-such-rule -->\n[!INCLUDE [x](inc.md)]\n';
    const file = new VFile({ path: path.join(root, 'a.md'), value: text, cwd: root });
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(faqLint, { now: '2026-11-26' });
    const tree = processor.parse(file);
    const before = JSON.stringify(tree);
    await processor.run(tree, file);
    expect(JSON.stringify(tree)).toBe(before);
    const inline = file.messages.filter((m) => m.ruleId === 'inline-config-invalid');
    expect(inline.map((m) => [m.ruleId, m.line, m.column, m.reason, m.fatal, m.source])).toEqual([
      ['inline-config-invalid', 3, 1, "Unknown rule 'no-such-rule' in faq-lint-disable-next-line", true, 'faq-lint'],
    ]);
  });
});

describe('faq-lint/remark and config files', () => {
  const lintWith = async (root: string, name: string, text: string, options: FaqLintRemarkOptions = {}) => {
    const file = new VFile({ path: path.join(root, name), value: text, cwd: root });
    const processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(faqLint, { now: '2026-11-26', ...options });
    await processor.run(processor.parse(file), file);
    return file.messages.map((m) => [m.ruleId, m.line, m.fatal, m.reason]);
  };
  const PAGE = '# Title\n\n### Too deep\n';

  it('runs a custom rule given in ruleSet, through the same rule runner: configured, and a throw is an internal-error', async () => {
    const root = tempTree({
      'docfx.json': '{}',
      '.faqlintrc.json': JSON.stringify({ rules: { 'front-matter-missing': 'off', 'heading-skipped': 'off' } }),
    });
    const noDeep = defineRule({
      meta: {
        id: 'team/no-h3',
        family: 'team',
        description: 'No H3',
        severity: 'error',
        messages: { deep: 'H{{depth}} is too deep' },
      },
      check({ summary, report }) {
        for (const heading of summary.headings)
          if (heading.depth >= 3) report({ messageId: 'deep', data: { depth: heading.depth }, span: heading.span });
      },
    });
    const throws = defineRule({
      meta: { id: 'team/throws', family: 'team', description: 'Throws', severity: 'warn', messages: {} },
      check() {
        throw new Error('boom');
      },
    });
    expect(await lintWith(root, 'a.md', PAGE, { ruleSet: [...allRules, noDeep] })).toEqual([
      ['team/no-h3', 3, true, 'H3 is too deep'],
    ]);
    expect(
      await lintWith(root, 'a.md', PAGE, { ruleSet: [...allRules, noDeep], rules: { 'team/no-h3': 'off' } }),
    ).toEqual([]);
    expect(
      await lintWith(root, 'a.md', PAGE, { ruleSet: [...allRules, throws], rules: { 'internal-error': 'warn' } }),
    ).toEqual([['internal-error', 1, false, "Rule 'team/throws' failed on this file: boom"]]);
  });

  it('honours the .faqlintrc.json the CLI would use: rules, overrides and ignores', async () => {
    const root = tempTree({
      'docfx.json': '{}',
      '.faqlintrc.json': JSON.stringify({
        rules: { 'front-matter-missing': 'off' },
        overrides: [{ files: ['strict/**'], rules: { 'heading-skipped': 'error' } }],
        ignores: ['drafts/**'],
      }),
    });
    expect(await lintWith(root, 'a.md', PAGE)).toEqual([
      ['heading-skipped', 3, false, 'Heading level skipped: H3 after H1'],
    ]);
    expect(await lintWith(root, 'strict/a.md', PAGE)).toEqual([
      ['heading-skipped', 3, true, 'Heading level skipped: H3 after H1'],
    ]);
    expect(await lintWith(root, 'drafts/a.md', PAGE)).toEqual([]);
    // `config: false` ignores it; `rules` still apply on top.
    expect(
      (await lintWith(root, 'a.md', PAGE, { config: false, rules: { 'heading-skipped': 'off' } })).map((m) => m[0]),
    ).toEqual(['front-matter-missing']);
  });

  it('a rule that throws becomes an internal-error message, and the other rules still report', async () => {
    const root = tempTree({ 'docfx.json': '{}', '.faqlintrc.json': '{"rules": {"front-matter-missing": "off"}}' });
    const rule = rulesById.get('h1-multiple')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      expect(await lintWith(root, 'a.md', PAGE)).toEqual([
        ['internal-error', 1, true, "Rule 'h1-multiple' failed on this file: boom"],
        ['heading-skipped', 3, false, 'Heading level skipped: H3 after H1'],
      ]);
    } finally {
      rule.check = original;
    }
  });

  it('under remark-cli, a .faqlintrc.json beside the files is used', () => {
    const root = tempTree({
      'docfx.json': '{}',
      '.faqlintrc.json': '{"rules": {"heading-skipped": "error", "front-matter-missing": "off"}}',
      'a.md': PAGE,
    });
    const remark = path.join(REPO_ROOT, 'node_modules', 'remark-cli', 'cli.js');
    const plugin = path.join(REPO_ROOT, 'dist', 'src', 'remark.js');
    const frontmatter = path.join(REPO_ROOT, 'node_modules', 'remark-frontmatter', 'index.js');
    const run = spawnSync(
      process.execPath,
      [remark, '--no-stdout', '--no-color', '--use', frontmatter, '--use', plugin, 'a.md'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FAQ_LINT_NOW: '2026-11-26' } },
    );
    expect(run.stderr.replace(/ +/g, ' ')).toContain(
      '3:1-3:13 error Heading level skipped: H3 after H1 heading-skipped faq-lint',
    );
    expect(run.status).toBe(1);
  });
});
