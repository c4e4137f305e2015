import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPOSITORY_URL, VERSION } from '../../src/meta.js';
import { REPO_ROOT } from '../helpers.js';
import { git, tempTree } from '../temp.js';
import { BIN, cleanEnv, runCli } from '../cli.js';
import { page } from './pages.js';
import { readAction, readOutputs, releaseFolder, runAction } from './runner.js';
import { INTEGRATIONS_DOC, snippet, snippets } from './snippets.js';

/**
 * The snippets of docs/integrations.md, run where they can be: `npx faq-lint` becomes the built
 * CLI of this checkout (faq-lint is not on the registry under test), `npm install` lines are
 * only checked (the pack test installs the real tarball), the pre-commit config is what the
 * pre-commit end-to-end test uses, and the workflow's inputs drive the action's own step.
 */
const env = cleanEnv({ FAQ_LINT_NOW: '2026-11-26' });

/** Run the shell lines of a snippet in `cwd`; `npx faq-lint` is this checkout's CLI. */
function runShell(code: string, cwd: string): { code: number | null; output: string }[] {
  return code
    .trim()
    .split('\n')
    .map((line) => {
      const command = line.replace(/^npx faq-lint\b/, `"${process.execPath}" "${BIN}"`);
      const run = spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8' });
      return { code: run.status, output: `${run.stdout}${run.stderr}` };
    });
}

/** A docs repository on branch `topic`, one commit ahead of `main`, adding a broken link. */
function docsRepo(): string {
  const root = tempTree({
    'articles/docfx.json': '{}',
    'articles/index.md': page('Home', '# Home\n\nSee [setup](setup.md).\n'),
    'articles/setup.md': page('Setup', '# Setup\n'),
  });
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'base');
  git(root, 'checkout', '-qb', 'topic');
  writeFileSync(path.join(root, 'articles/new.md'), page('New', '# New\n\nSee [setup](setpu.md).\n'));
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'topic');
  return root;
}

describe('docs/integrations.md snippets', () => {
  it('name one release everywhere: the tag of the current version, for pre-commit and for the Action', () => {
    expect(snippet('.pre-commit-config.yaml')).toContain(`rev: v${VERSION}\n`);
    expect(snippet('.github/workflows/docs.yml')).toContain(`uses: faq-lint/faq-lint@v${VERSION}\n`);
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect([...readme.matchAll(/\brev: (\S+)|faq-lint\/faq-lint@(\S+)/g)].map((m) => m[1] ?? m[2])).toEqual([
      `v${VERSION}`,
      `v${VERSION}`,
    ]);
  });

  it('has the snippets the tests run', () => {
    expect([...snippets(INTEGRATIONS_DOC).keys()]).toEqual([
      'npx-setup',
      'npx-lint',
      'npx-reports',
      '.pre-commit-config.yaml',
      'husky-setup',
      '.lintstagedrc.mjs',
      '.github/workflows/docs.yml',
    ]);
  });

  it('npx: install line, --init, linting a folder and only the changes since main', () => {
    const root = docsRepo();
    const [install, init] = snippet('npx-setup').trim().split('\n');
    expect(install).toBe('npm install --save-dev faq-lint');
    expect(runShell(init!, root)).toEqual([{ code: 0, output: `Wrote ${path.join(root, '.faqlintrc.json')}\n` }]);
    git(root, 'add', '.faqlintrc.json');
    git(root, 'commit', '-qm', 'config');
    const [all, changed] = runShell(snippet('npx-lint'), root);
    expect(all!.code).toBe(1);
    expect(all!.output.replace(/ +/g, ' ')).toBe(
      "articles/new.md\n11:5 error Cannot find file 'setpu.md' file-not-found\n did you mean 'setup.md'?\n\n✖ 1 error\n",
    );
    expect(changed).toEqual(all);
    // Once fixed on the branch, the changed-files run is clean.
    writeFileSync(path.join(root, 'articles/new.md'), page('New', '# New\n\nSee [setup](setup.md).\n'));
    expect(runShell('npx faq-lint articles --changed-since main', root)).toEqual([{ code: 0, output: '' }]);
  });

  it('npx: report files for other CI systems', () => {
    const root = docsRepo();
    const [run] = runShell(snippet('npx-reports'), root);
    expect(run!.code).toBe(1);
    expect(run!.output).toContain('file-not-found');
    expect(XMLValidator.validate(readFileSync(path.join(root, 'reports/faq-lint.xml'), 'utf8'))).toBe(true);
    expect(
      (JSON.parse(readFileSync(path.join(root, 'reports/faq-lint.sarif'), 'utf8')) as { version: string }).version,
    ).toBe('2.1.0');
    expect(readFileSync(path.join(root, 'reports/faq-lint.md'), 'utf8')).toContain('| `file-not-found` | 1 | 0 |');
  });

  it('pre-commit: the config names a hook of .pre-commit-hooks.yaml, and pre-commit accepts both files', () => {
    const config = parse(snippet('.pre-commit-config.yaml')) as { repos: { repo: string; hooks: { id: string }[] }[] };
    expect(config.repos[0]!.repo).toBe(REPOSITORY_URL);
    const hooks = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      language: string;
      entry: string;
    }[];
    // language: script runs the committed bundle from pre-commit's clone: nothing is installed.
    expect(hooks.map((h) => [h.id, h.language, h.entry])).toEqual([
      ['faq-lint', 'script', 'bundle/faq-lint.mjs --staged'],
      ['faq-lint-all', 'script', 'bundle/faq-lint.mjs'],
    ]);
    expect(config.repos[0]!.hooks.every((h) => hooks.some((hook) => hook.id === h.id))).toBe(true);
    const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    if (preCommit.status !== 0)
      return console.warn('pre-commit not installed: its config validation is skipped (apt-get install -y pre-commit)');
    const dir = tempTree({ '.pre-commit-config.yaml': snippet('.pre-commit-config.yaml') });
    for (const args of [
      ['validate-config', path.join(dir, '.pre-commit-config.yaml')],
      ['validate-manifest', path.join(REPO_ROOT, '.pre-commit-hooks.yaml')],
    ]) {
      const run = spawnSync('pre-commit', args, { encoding: 'utf8', env });
      expect(run.status, run.stdout + run.stderr).toBe(0);
    }
  });

  it('husky + lint-staged: the lint-staged config runs faq-lint --staged once, and that command works', async () => {
    expect(snippet('husky-setup').trim().split('\n')).toEqual([
      'npm install --save-dev faq-lint husky lint-staged',
      'npx husky init',
      'echo "npx lint-staged" > .husky/pre-commit',
    ]);
    const root = docsRepo();
    const configFile = path.join(root, '.lintstagedrc.mjs');
    writeFileSync(configFile, snippet('.lintstagedrc.mjs'));
    const config = (
      (await import(pathToFileURL(configFile).href)) as { default: Record<string, (files: string[]) => string> }
    ).default;
    const command = config['*.{md,yml}']!(['articles/new.md']);
    expect(command).toBe('faq-lint --staged');
    // Stage a broken link: the command lint-staged would run refuses it.
    writeFileSync(path.join(root, 'articles/other.md'), page('Other', '# Other\n\n[x](nowhere.md)\n'));
    git(root, 'add', 'articles/other.md');
    const run = runCli(command.split(' ').slice(1), root, { FAQ_LINT_NOW: '2026-11-26' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('articles/other.md\n');
    expect(run.stdout).not.toContain('articles/new.md');
  });

  it("GitHub Action: the workflow's inputs are the action's, and its step runs them on a pull request", () => {
    const workflow = parse(snippet('.github/workflows/docs.yml')) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string>; id?: string }[] }>;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const step = workflow.jobs['faq-lint']!.steps.find((s) => s.uses?.startsWith('faq-lint/faq-lint@'))!;
    expect(`https://github.com/${step.uses!.split('@')[0]}`).toBe(REPOSITORY_URL);
    const action = readAction(path.join(REPO_ROOT, 'action.yml'));
    expect(Object.keys(step.with!).filter((input) => !(input in action.inputs))).toEqual([]);

    const root = docsRepo();
    const base = git(root, 'rev-parse', 'main').trim();
    const runner = tempTree({
      'summary.md': '',
      'output.txt': '',
      'event.json': JSON.stringify({ pull_request: { base: { sha: base } } }),
    });
    const runnerEnv = {
      GITHUB_WORKSPACE: root,
      GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
      GITHUB_OUTPUT: path.join(runner, 'output.txt'),
      GITHUB_EVENT_PATH: path.join(runner, 'event.json'),
      RUNNER_TEMP: runner,
      FAQ_LINT_NOW: '2026-11-26',
    };
    const run = runAction(releaseFolder(), step.with!, runnerEnv);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      "::error file=articles/new.md,line=11,col=5,endLine=11,endColumn=22,title=file-not-found::Cannot find file 'setpu.md' - did you mean 'setup.md'?\n",
    );
    expect(readOutputs(runnerEnv.GITHUB_OUTPUT)).toEqual({ errors: '1', warnings: '0' });
    expect(existsSync(path.join(root, step.with!['sarif-file']!))).toBe(true);
    expect(readFileSync(runnerEnv.GITHUB_STEP_SUMMARY, 'utf8')).toContain(
      '1 error and 0 warnings in 1 file (1 file linted).',
    );
  });

  it("this repository's own docs and rule pages lint clean with the config CI uses", () => {
    const ci = parse(readFileSync(path.join(REPO_ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    const own = ci.jobs.docs!.steps.find((s) => s.uses === './')!.with!;
    expect(own.paths).toBe('docs rules');
    const run = runCli([...own.paths!.split(' '), '--config', own.config!], REPO_ROOT, { FAQ_LINT_NOW: '2026-11-26' });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
  });
});

describe('README snippets', () => {
  it('are the tested snippets of docs/integrations.md, word for word', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Where writers meet it'), readme.indexOf('## Configuration'));
    const blocks = [...section.matchAll(/^```(\w+) ([^\n]+)\n([\s\S]*?)^```$/gm)];
    expect(blocks.map((b) => b[2])).toEqual(['npx-lint', '.pre-commit-config.yaml', '.github/workflows/docs.yml']);
    for (const [, lang, name, code] of blocks)
      expect({ lang, code }).toEqual({
        lang: snippets(INTEGRATIONS_DOC).get(name!)?.lang,
        code: snippets(INTEGRATIONS_DOC).get(name!)?.code,
      });
  });
});
