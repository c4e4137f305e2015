import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { runCli } from './cli.js';
import { REPO_ROOT, TEST_NOW } from './helpers.js';
import { page } from './integrations/pages.js';
import { blocksOf, DOCUMENTS, snippet } from './integrations/snippets.js';
import { tempTree } from './temp.js';

/**
 * Every code block of README.md and docs/*.md that a user would copy is run here or in another
 * test, which fetches it by name with `snippet('<name>')`. The first test checks that each named
 * block is fetched somewhere, so a new block cannot go untested.
 */

/** Blocks not run by any test, and why. */
const NOT_RUN: Record<string, string> = {
  bench: 'docs/performance.md: the benchmark takes minutes and rewrites docs/bench-results.json; run by hand',
};

function testSources(dir = path.join(REPO_ROOT, 'tests')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? testSources(path.join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [readFileSync(path.join(dir, entry.name), 'utf8')]
        : [],
  );
}

describe('code blocks in README.md and docs/*.md', () => {
  it('are named (or are ```text, shown not copied), and every name is run by a test', () => {
    const blocks = DOCUMENTS.flatMap(blocksOf);
    expect(blocks.filter((b) => !b.name && b.lang !== 'text').map((b) => `${b.file}: \`\`\`${b.lang}`)).toEqual([]);
    const sources = testSources().join('\n');
    const names = [...new Set(blocks.flatMap((b) => (b.name ? [b.name] : [])))];
    expect(names.filter((name) => !(name in NOT_RUN) && !sources.includes(`snippet('${name}')`))).toEqual([]);
  });

  it('quick start: the first command lints the sample docset (as many findings as the README says, exit 1), also from an unbuilt clone', () => {
    const [first, second] = snippet('quick-start').trim().split('\n');
    expect([first, second]).toEqual(['npm install && npx faq-lint fixtures/sample-docset', 'npm test']);
    const lintCommand = first!.split(' && ')[1]!.split(' ').slice(2);
    const built = runCli(lintCommand, REPO_ROOT);
    expect(built.code).toBe(1);
    const promised = /prints (\d+) findings and exits 1/.exec(
      readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'),
    )![1];
    expect(built.stdout.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`^${promised} messages \\(✖ \\d+ errors, ⚠ \\d+ warnings\\)$`),
    );
    // A fresh clone has no dist/ until `npm run build`: bin/faq-lint.js runs the committed bundle.
    const clone = tempTree({});
    for (const dir of ['bin', 'bundle', 'fixtures/sample-docset'])
      cpSync(path.join(REPO_ROOT, dir), path.join(clone, dir), { recursive: true });
    writeFileSync(path.join(clone, 'package.json'), readFileSync(path.join(REPO_ROOT, 'package.json')));
    const unbuilt = spawnSync(process.execPath, [path.join(clone, 'bin', 'faq-lint.js'), ...lintCommand], {
      cwd: clone,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FAQ_LINT_NOW: TEST_NOW },
    });
    expect([unbuilt.status, unbuilt.stderr, unbuilt.stdout]).toEqual([1, '', built.stdout]);
  });

  it('.faqlintrc.json: right for an azure-docs layout (docfx.json at the root, articles/ published as /azure/)', async () => {
    const docfx = {
      build: {
        content: [{ files: ['**/*.md'], src: 'articles', dest: 'azure' }],
        globalMetadata: { author: 'writer', 'ms.author': 'alias' },
      },
    };
    const body = (links: string) => `# Page\n\n${links}\n`;
    const meta = (title: string, description: string) =>
      `---\ntitle: ${title}\ndescription: ${description}\nms.date: 01/10/2020\nms.topic: article\n---\n\n`;
    const longEnough =
      'A description of this page that is long enough for every length rule of faq-lint, over a hundred characters.';
    const root = tempTree({
      'docfx.json': JSON.stringify(docfx),
      '.faqlintrc.json': snippet('.faqlintrc.json'),
      'articles/migrate/a.md':
        meta('A', longEnough) +
        body(
          'See [b](~/articles/migrate/b.md), [b on the site](/azure/migrate/b), [gone](/azure/migrate/gone) and [c](b.md#nope).',
        ),
      'articles/migrate/b.md':
        meta('B', 'A description shorter than one hundred characters, but over seventy-five of them.') + body('Text.'),
      'articles/legacy/old.md': meta('Old', longEnough) + body('See [a](../migrate/a.md#nope).'),
      'articles/drafts/draft.md': '# Not even front matter\n',
    });
    const result = await lint({ cwd: root, patterns: ['articles'], now: TEST_NOW });
    const rows = result.results.flatMap((file) =>
      file.findings.map((f) => [file.path, f.line, f.ruleId, f.severity, f.message]),
    );
    expect(rows).toEqual([
      ['articles/legacy/old.md', 10, 'bookmark-not-found', 1, "Cannot find bookmark '#nope'"],
      ['articles/migrate/a.md', 10, 'file-not-found', 2, "Cannot find a file for site link '/azure/migrate/gone'"],
      ['articles/migrate/a.md', 10, 'bookmark-not-found', 2, "Cannot find bookmark '#nope'"],
      ['articles/migrate/b.md', 3, 'description-bad-length', 1, "String 'description' is too short: 81 characters"],
    ]);
    expect(result.results.map((r) => r.docsetRoot)).toEqual([root, root, root]);
  });

  it('inline comments: the ids are rules, the comments are recognised', async () => {
    const root = tempTree({
      'docfx.json': '{}',
      'a.md': page('A', `# A\n\n${snippet('inline-comments')}\n[gone](gone.md)\n`),
    });
    const findings = (await lint({ cwd: root, now: TEST_NOW })).results.flatMap((r) => r.findings.map((f) => f.ruleId));
    expect(findings).toEqual(['file-not-found']);
  });

  const corpus = path.resolve(REPO_ROOT, '..', 'shared', 'corpus', 'azure-management-docs');
  it.skipIf(!existsSync(corpus))(
    'corpus counts: the first command runs as written and lints the files the table counts (needs ../shared)',
    () => {
      const [first, second] = snippet('corpus-counts').trim().split('\n');
      expect(second).toBe(first!.replace('azure-management-docs', 'cpp-docs/docs'));
      const run = runCli(first!.split(' ').slice(2), REPO_ROOT);
      expect(run.code).toBe(1);
      const files = (JSON.parse(run.stdout) as unknown[]).length;
      const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
      expect(`${files.toLocaleString('en-US')}`).toBe(/^\| files linted \| ([\d,]+) \|/m.exec(readme)![1]);
    },
  );
});

/**
 * A project that installed faq-lint: node_modules/faq-lint is this checkout (its package.json
 * exports point at dist/, built by `npm test`), with the few packages the snippets also use.
 */
function consumerProject(): string {
  const root = tempTree({
    'package.json': JSON.stringify({ name: 'docs', private: true, type: 'module' }),
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        types: ['node'],
        skipLibCheck: true,
        outDir: 'out',
      },
    }),
    'articles/docfx.json': '{}',
    'articles/index.md': page('Home', '# Home\n\nSee [setup](setpu.md).\n\n### Too deep\n'),
    'articles/setup.md': page('Setup', '# Setup\n'),
  });
  mkdirSync(path.join(root, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(REPO_ROOT, path.join(root, 'node_modules', 'faq-lint'));
  for (const name of ['@types', 'remark-cli', 'remark-frontmatter', 'typescript'])
    symlinkSync(path.join(REPO_ROOT, 'node_modules', name), path.join(root, 'node_modules', name));
  symlinkSync(path.join('..', 'remark-cli', 'cli.js'), path.join(root, 'node_modules', '.bin', 'remark'));
  return root;
}

/** Compile `code` with TypeScript (strict, the package's own types) in `project`, then run it there. */
function compileAndRun(project: string, code: string): { code: number | null; stdout: string; stderr: string } {
  writeFileSync(path.join(project, 'snippet.mts'), code);
  const tsc = path.join(project, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' });
  const run = spawnSync(process.execPath, [path.join(project, 'out', 'snippet.mjs')], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FAQ_LINT_NOW: TEST_NOW },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('API snippets (README.md, docs/api.md): compiled with tsc and run', () => {
  const STYLISH = [
    'articles/index.md',
    "11:5 error   Cannot find file 'setpu.md'        file-not-found",
    "             did you mean 'setup.md'?",
    '13:1 warning Heading level skipped: H3 after H1 heading-skipped',
    '             the H1 is at line 9; use H2',
    '',
    '2 messages (✖ 1 error, ⚠ 1 warning)',
    '',
  ].join('\n');

  it('api-lint (README): lint and print the stylish report', () => {
    const project = consumerProject();
    expect(compileAndRun(project, snippet('api-lint'))).toEqual({ code: 1, stdout: STYLISH, stderr: '' });
  });

  it('api-lint-result: the result shape', () => {
    const project = consumerProject();
    expect(compileAndRun(project, snippet('api-lint-result'))).toEqual({
      code: 0,
      stdout:
        "1 errors and 1 warnings\nindex.md:11:5 error Cannot find file 'setpu.md' (file-not-found)\n  did you mean 'setup.md'?\nindex.md:13:1 warning Heading level skipped: H3 after H1 (heading-skipped)\n  the H1 is at line 9; use H2\n",
      stderr: '',
    });
  });

  it('api-reporters: reporters.stylish(result) as documented, and the files the others write', () => {
    const project = consumerProject();
    expect(compileAndRun(project, snippet('api-reporters'))).toEqual({ code: 0, stdout: STYLISH, stderr: '' });
    expect(
      (JSON.parse(readFileSync(path.join(project, 'faq-lint.sarif'), 'utf8')) as { version: string }).version,
    ).toBe('2.1.0');
    expect(
      (JSON.parse(readFileSync(path.join(project, 'faq-lint.json'), 'utf8')) as { errorCount: number }[]).map(
        (f) => f.errorCount,
      ),
    ).toEqual([1, 0]);
  });

  it('api-rules: the rule list', () => {
    const project = consumerProject();
    const run = compileAndRun(project, snippet('api-rules'));
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['file-unreadable: error', 'file-too-complex: error']);
    expect(run.stdout).toContain('ms-date-invalid: error, fixable\n');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('{ minLength: 75, maxLength: 300 }');
  });

  it('api-custom-rule: a rule made with defineRule runs next to the built-in ones, with its messageId', () => {
    const project = consumerProject();
    writeFileSync(path.join(project, 'articles', 'draft.md'), page('Draft', '# Draft\n\nTODO: write the steps.\n'));
    const run = compileAndRun(project, snippet('api-custom-rule'));
    expect(run).toEqual({
      code: 0,
      stdout:
        "draft.md:11:1 my-team/no-todo todo Remove the 'TODO' marker before publishing\nindex.md:11:5 file-not-found notFound Cannot find file 'setpu.md'\n",
      stderr: '',
    });
  });

  it('remark-cli: the command runs the plugin with the project config', () => {
    const project = consumerProject();
    writeFileSync(path.join(project, '.faqlintrc.json'), '{"rules": {"heading-skipped": "off"}}');
    const run = spawnSync('bash', ['-c', snippet('remark-cli').trim()], {
      cwd: project,
      encoding: 'utf8',
      env: {
        ...process.env,
        NO_COLOR: '1',
        FAQ_LINT_NOW: TEST_NOW,
        PATH: `${path.join(project, 'node_modules', '.bin')}:${process.env.PATH}`,
      },
    });
    // remark-cli colours its report whatever NO_COLOR says.
    // eslint-disable-next-line no-control-regex -- removing the colour codes is the point
    const report = run.stderr.replace(/\u001b\[\d+m/g, '').replace(/ +/g, ' ');
    expect(report).toContain(
      "articles/index.md\n11:5-11:22 error Cannot find file 'setpu.md' file-not-found faq-lint\n",
    );
    expect(run.stderr).not.toContain('heading-skipped');
    expect(run.status).toBe(1);
  });
});
