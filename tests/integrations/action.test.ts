import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CacheService } from '../../src/action/cache.js';
import {
  cliArguments,
  isForkPullRequest,
  jsConfigDecision,
  pullRequestBase,
  readInputs,
  runAction as runAction_,
  stepExitCode,
} from '../../src/action/run.js';
import { VERSION } from '../../src/meta.js';
import { REPO_ROOT } from '../helpers.js';
import { git, tempTree } from '../temp.js';
import { page } from './pages.js';
import { readAction, readOutputs, releaseFolder, runAction } from './runner.js';

const action = readAction(path.join(REPO_ROOT, 'action.yml'));
/** The action as a release ships it, alone in a folder: no node_modules, no package.json. */
const release = releaseFolder();
afterAll(() => rmSync(release, { recursive: true, force: true }));
const runStep = (withInputs: Record<string, string>, env: Record<string, string>) =>
  runAction(release, withInputs, env);
/** What the action says on stderr when the runner has no cache service (as here). */
const NO_CACHE = 'faq-lint: the Actions cache service is not available here; linting without a cache\n';

/**
 * A repository as a pull request leaves it: the base commit, then a head commit that renames a
 * heading b.md links to and adds d.md with an error and a warning. c.md has a warning but is
 * unchanged, so a changed-files run does not report it.
 */
function pullRequestRepo(): { workspace: string; base: string } {
  const workspace = tempTree({
    'docs/docfx.json': '{}',
    'docs/a.md': page('A', '# A\n\n## Old heading\n\nText.\n'),
    'docs/b.md': page('B', '# B\n\nSee [the old part](a.md#old-heading).\n'),
    'docs/c.md': page('C', '# C\n\n### Skipped a level\n'),
  });
  git(workspace, 'init', '-q');
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-qm', 'base');
  const base = git(workspace, 'rev-parse', 'HEAD').trim();
  writeFileSync(path.join(workspace, 'docs/a.md'), page('A', '# A\n\n## New heading\n\nText.\n'));
  writeFileSync(
    path.join(workspace, 'docs/d.md'),
    page('D', '# D\n\n<!-- faq-lint-disable nope -->\n\n### Too deep\n'),
  );
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-qm', 'head');
  return { workspace, base };
}

/** The files a runner provides, and the event of a pull request against `base` (from a fork when `fork`). */
function runnerEnv(workspace: string, base: string | undefined, fork = false): Record<string, string> {
  const repo = (name: string): { full_name: string; fork: boolean } => ({
    full_name: name,
    fork: name !== 'contoso/docs',
  });
  const pullRequest = {
    number: 7,
    base: { ref: 'main', sha: base, repo: repo('contoso/docs') },
    head: { ref: 'topic', repo: repo(fork ? 'mallory/docs' : 'contoso/docs') },
  };
  const runner = tempTree({
    'summary.md': '',
    'output.txt': '',
    'event.json': JSON.stringify(
      base ? { action: 'opened', number: 7, pull_request: pullRequest } : { ref: 'refs/heads/main' },
    ),
  });
  return {
    GITHUB_ACTIONS: 'true',
    FAQ_LINT_NOW: '2026-11-26',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
    GITHUB_OUTPUT: path.join(runner, 'output.txt'),
    GITHUB_EVENT_PATH: path.join(runner, 'event.json'),
    GITHUB_EVENT_NAME: base ? 'pull_request' : 'push',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'contoso/docs',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    RUNNER_TEMP: runner,
  };
}

describe('the GitHub Action (action.yml run locally with a simulated runner)', () => {
  it('is a JavaScript action on the current Node runtime, running the committed bundle: nothing to install or build', () => {
    expect(Object.keys(action.inputs)).toEqual([
      'paths',
      'config',
      'changed-since',
      'fail-on',
      'sarif-file',
      'allow-js-config',
      'cache',
    ]);
    expect([
      action.inputs.paths!.default,
      action.inputs['fail-on']!.default,
      action.inputs['allow-js-config']!.default,
      action.inputs.cache!.default,
    ]).toEqual(['.', 'error', 'auto', 'true']);
    expect(Object.keys(action.outputs)).toEqual(['errors', 'warnings']);
    expect(action.runs).toEqual({ using: 'node24', main: 'bundle/action.mjs' });
    expect(readdirSync(release).sort()).toEqual(['LICENSE', 'action.yml', 'bundle']);
    expect(readdirSync(path.join(release, 'bundle')).sort()).toEqual(['action.mjs', 'faq-lint.mjs']);
    expect(existsSync(path.join(release, 'node_modules'))).toBe(false);
  });

  it('on a pull request: annotates the changed files and the unchanged file whose link the change broke, not the others; writes the job summary and the outputs, fails on errors', () => {
    const { workspace, base } = pullRequestRepo();
    const env = runnerEnv(workspace, base);
    const step = runStep({}, env);
    expect([step.code, step.stderr]).toEqual([1, NO_CACHE]);
    expect(step.stdout.split('\n')).toEqual([
      "::warning file=docs/a.md,line=6,col=10,endLine=6,endColumn=20,title=ms-date-not-updated::The article changed but ms.date is still '11/01/2026' - update it to the review date (today is 11/26/2026)",
      "::error file=docs/b.md,line=11,col=5,endLine=11,endColumn=37,title=bookmark-not-found::Cannot find bookmark '#old-heading' - in 'a.md'; did you mean '#new-heading'?",
      "::error file=docs/d.md,line=11,col=1,endLine=11,endColumn=31,title=inline-config-invalid::Unknown rule 'nope' in faq-lint-disable",
      '::warning file=docs/d.md,line=13,col=1,endLine=13,endColumn=13,title=heading-skipped::Heading level skipped: H3 after H1 - the H1 is at line 9; use H2',
      '',
    ]);
    expect(readOutputs(env.GITHUB_OUTPUT!)).toEqual({ errors: '2', warnings: '2' });
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(summary).toContain('2 errors and 2 warnings in 3 files (3 files linted).');
    expect(summary).toContain(
      '| `bookmark-not-found` | 1 | 0 |\n| `heading-skipped` | 0 | 1 |\n| `inline-config-invalid` | 1 | 0 |\n| `ms-date-not-updated` | 0 | 1 |',
    );
    expect(summary).toContain(
      "- **error** [docs/d.md:11:1](https://github.com/contoso/docs/blob/0123456789abcdef0123456789abcdef01234567/docs/d.md#L11) `inline-config-invalid`: Unknown rule 'nope' in faq-lint-disable",
    );
  });

  it('fail-on decides the step result; sarif-file writes SARIF; outside a pull request everything is linted', () => {
    const { workspace, base } = pullRequestRepo();
    const never = runStep({ 'fail-on': 'never', 'sarif-file': 'out/faq-lint.sarif' }, runnerEnv(workspace, base));
    expect(never.code).toBe(0);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'out/faq-lint.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual([
      'ms-date-not-updated',
      'bookmark-not-found',
      'inline-config-invalid',
      'heading-skipped',
    ]);

    const push = runnerEnv(workspace, undefined);
    const all = runStep({ 'fail-on': 'warning', paths: 'docs/c.md\ndocs/a.md' }, push);
    expect(all.code).toBe(1);
    expect(all.stdout).toBe(
      '::warning file=docs/c.md,line=11,col=1,endLine=11,endColumn=20,title=heading-skipped::Heading level skipped: H3 after H1 - the H1 is at line 9; use H2\n',
    );
    expect(readOutputs(push.GITHUB_OUTPUT!)).toEqual({ errors: '0', warnings: '1' });

    // An explicit ref, and 'none' on a pull request.
    expect(runStep({ 'changed-since': 'HEAD' }, runnerEnv(workspace, base)).stdout).toBe('');
    expect(runStep({ 'changed-since': 'none', paths: 'docs/c.md' }, runnerEnv(workspace, base)).stdout).toContain(
      'file=docs/c.md',
    );
  });

  it('bad inputs fail the step with exit 2 and an error annotation', () => {
    const { workspace, base } = pullRequestRepo();
    const env = runnerEnv(workspace, base);
    const bad = runStep({ 'fail-on': 'sometimes' }, env);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      "::error title=faq-lint::fail-on must be error, warning or never, got 'sometimes'\n",
    ]);
    expect(runStep({ cache: 'yes' }, env).stderr).toBe(
      "::error title=faq-lint::cache must be true or false, got 'yes'\n",
    );
    const badRef = runStep({ 'changed-since': 'no-such-ref' }, env);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr.startsWith(`${NO_CACHE}faq-lint: 'no-such-ref' does not name a commit`)).toBe(true);
    expect(readOutputs(env.GITHUB_OUTPUT!)).toEqual({ errors: '0', warnings: '0' });
  });
});

/** An Actions cache service kept in a folder: saved caches by key, restore by exact key then newest prefix match. */
class FolderCache implements CacheService {
  readonly calls: string[] = [];
  private readonly saved: string[] = [];
  constructor(private readonly store: string) {}
  isAvailable = () => Promise.resolve(true);
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined> {
    this.calls.push(`restore ${key} ${restoreKeys.join(' ')}`);
    const hit = this.saved.includes(key)
      ? key
      : [...this.saved].reverse().find((k) => restoreKeys.some((prefix) => k.startsWith(prefix)));
    if (hit) cpSync(path.join(this.store, hit), paths[0]!, { recursive: true });
    return Promise.resolve(hit);
  }
  save(paths: string[], key: string): Promise<void> {
    this.calls.push(`save ${key}`);
    cpSync(paths[0]!, path.join(this.store, key), { recursive: true });
    this.saved.push(key);
    return Promise.resolve();
  }
}

describe('the cache input (with a stand-in for the Actions cache service)', () => {
  const io = (env: Record<string, string>) => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: {
        cwd: env.GITHUB_WORKSPACE!,
        env,
        stdout: { write: (t: string) => (out.stdout += t) },
        stderr: { write: (t: string) => (out.stderr += t) },
      },
    };
  };

  it('saves under faq-lint-<version>-<commit>, restores the newest cache of the same version by prefix, and the warm run reports the same', async () => {
    const { workspace, base } = pullRequestRepo();
    const service = new FolderCache(tempTree({}));
    const version = VERSION;
    const first = io({ ...runnerEnv(workspace, undefined), GITHUB_SHA: 'a'.repeat(40) });
    expect(await runAction_(first.io, service)).toBe(1);
    expect(first.out.stderr).toBe(
      `faq-lint: no cache for faq-lint ${version} yet; this run makes one\nfaq-lint: cache saved as faq-lint-${version}-${'a'.repeat(40)}\n`,
    );

    // The next commit (a pull request): restored from the first commit's cache by prefix.
    const second = io({ ...runnerEnv(workspace, base), GITHUB_SHA: 'b'.repeat(40) });
    expect(await runAction_(second.io, service)).toBe(1);
    expect(second.out.stderr).toBe(
      `faq-lint: cache restored from faq-lint-${version}-${'a'.repeat(40)}\nfaq-lint: cache saved as faq-lint-${version}-${'b'.repeat(40)}\n`,
    );
    expect(second.out.stdout).toContain('title=bookmark-not-found');
    // A re-run of the same commit restores its own key and saves nothing.
    const again = io({ ...runnerEnv(workspace, base), GITHUB_SHA: 'b'.repeat(40) });
    expect(await runAction_(again.io, service)).toBe(1);
    expect(again.out.stdout).toBe(second.out.stdout);
    expect(service.calls).toEqual([
      `restore faq-lint-${version}-${'a'.repeat(40)} faq-lint-${version}-`,
      `save faq-lint-${version}-${'a'.repeat(40)}`,
      `restore faq-lint-${version}-${'b'.repeat(40)} faq-lint-${version}-`,
      `save faq-lint-${version}-${'b'.repeat(40)}`,
      `restore faq-lint-${version}-${'b'.repeat(40)} faq-lint-${version}-`,
    ]);
  });

  it('a failing cache service never fails the step; cache: false does not touch it', async () => {
    const { workspace } = pullRequestRepo();
    const broken: CacheService = {
      isAvailable: () => Promise.resolve(true),
      restore: () => Promise.reject(new Error('service down')),
      save: () => Promise.reject(new Error('quota')),
    };
    const run = io({ ...runnerEnv(workspace, undefined), GITHUB_SHA: 'c'.repeat(40) });
    expect(await runAction_(run.io, broken)).toBe(1);
    expect(run.out.stderr).toBe(
      'faq-lint: cache not restored (service down); linting without it\nfaq-lint: cache not saved (quota)\n',
    );
    const service = new FolderCache(tempTree({}));
    const off = io({ ...runnerEnv(workspace, undefined), GITHUB_SHA: 'c'.repeat(40), INPUT_CACHE: 'false' });
    expect(await runAction_(off.io, service)).toBe(1);
    expect([off.out.stderr, service.calls]).toEqual(['', []]);
    const noCommit: Record<string, string> = runnerEnv(workspace, undefined);
    delete noCommit.GITHUB_SHA;
    const keyless = io(noCommit);
    expect(await runAction_(keyless.io, service)).toBe(1);
    expect([keyless.out.stderr, service.calls]).toEqual([
      'faq-lint: GITHUB_SHA is not set, so there is no cache key; linting without a cache\n',
      [],
    ]);
  });
});

describe('the action logic (pure parts)', () => {
  it('reads inputs, the pull request base, and builds the CLI arguments', () => {
    const event = tempTree({
      'pr.json': JSON.stringify({ pull_request: { base: { sha: 'a'.repeat(40) } } }),
      'push.json': '{"ref":"x"}',
      'bad.json': '{',
    });
    expect(pullRequestBase(path.join(event, 'pr.json'))).toBe('a'.repeat(40));
    expect(pullRequestBase(path.join(event, 'push.json'))).toBeUndefined();
    expect(pullRequestBase(path.join(event, 'bad.json'))).toBeUndefined();
    expect(pullRequestBase(undefined)).toBeUndefined();
    const inputs = readInputs({
      INPUT_PATHS: ' docs\n rules/**/*.md ',
      'INPUT_FAIL-ON': 'warning',
      GITHUB_EVENT_PATH: path.join(event, 'pr.json'),
      INPUT_CONFIG: 'x.json',
      'INPUT_SARIF-FILE': 'o.sarif',
      'INPUT_ALLOW-JS-CONFIG': 'false',
    });
    expect(inputs).toEqual({
      paths: ['docs', 'rules/**/*.md'],
      config: 'x.json',
      changedSince: 'a'.repeat(40),
      failOn: 'warning',
      sarifFile: 'o.sarif',
      cache: true,
      allowJsConfig: 'false',
    });
    expect(cliArguments(inputs, '/t/r.json')).toEqual([
      'docs',
      'rules/**/*.md',
      '--format',
      'github',
      '--format',
      'json:/t/r.json',
      '--format',
      'sarif:o.sarif',
      '--config',
      'x.json',
      '--changed-since',
      'a'.repeat(40),
    ]);
    expect(cliArguments(inputs, '/t/r.json', { cacheDir: '/t/cache' })).toEqual([
      'docs',
      'rules/**/*.md',
      '--format',
      'github',
      '--format',
      'json:/t/r.json',
      '--cache',
      '--cache-location',
      '/t/cache',
      '--format',
      'sarif:o.sarif',
      '--config',
      'x.json',
      '--changed-since',
      'a'.repeat(40),
    ]);
    expect(cliArguments(inputs, '/t/r.json', { allowJsConfig: false })).toContain('--no-js-config');
    expect(readInputs({})).toEqual({
      paths: ['.'],
      config: undefined,
      changedSince: undefined,
      failOn: 'error',
      sarifFile: undefined,
      cache: true,
      allowJsConfig: 'auto',
    });
    expect(readInputs({ INPUT_CACHE: 'False' }).cache).toBe(false);
    expect(() => readInputs({ 'INPUT_ALLOW-JS-CONFIG': 'yes' })).toThrow(
      "allow-js-config must be auto, true or false, got 'yes'",
    );
    expect(
      readInputs({ 'INPUT_CHANGED-SINCE': 'none', GITHUB_EVENT_PATH: path.join(event, 'pr.json') }).changedSince,
    ).toBeUndefined();
  });

  it('maps counts and fail-on to the exit code', () => {
    expect(stepExitCode(1, { errors: 1, warnings: 0 }, 'error')).toBe(1);
    expect(stepExitCode(0, { errors: 0, warnings: 3 }, 'error')).toBe(0);
    expect(stepExitCode(0, { errors: 0, warnings: 3 }, 'warning')).toBe(1);
    expect(stepExitCode(1, { errors: 2, warnings: 3 }, 'never')).toBe(0);
    expect(stepExitCode(2, { errors: 0, warnings: 0 }, 'never')).toBe(2);
  });
});

describe('the action and code from a pull request (docs/security.md)', () => {
  /** A pull request whose checkout has a JS config that leaves a mark when it runs. */
  function jsConfigRepo(): string {
    const { workspace } = pullRequestRepo();
    writeFileSync(
      path.join(workspace, 'faq-lint.config.mjs'),
      "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./RAN', import.meta.url), 'the config ran');\nexport default { rules: {} };\n",
    );
    return workspace;
  }

  it('decides from the input and the event: auto refuses only pull requests from forks', () => {
    const event = (payload: unknown): string => path.join(tempTree({ 'e.json': JSON.stringify(payload) }), 'e.json');
    const pr = (head: unknown): Record<string, string> => ({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event({ pull_request: { head: { repo: head }, base: { repo: { full_name: 'o/r' } } } }),
    });
    expect(isForkPullRequest(pr({ full_name: 'o/r', fork: false }))).toBe(false);
    expect(isForkPullRequest(pr({ full_name: 'x/r', fork: true }))).toBe(true);
    expect(isForkPullRequest(pr(null))).toBe(true); // the fork was deleted
    expect(
      isForkPullRequest({ ...pr({ full_name: 'x/r', fork: true }), GITHUB_EVENT_NAME: 'pull_request_target' }),
    ).toBe(true);
    expect(isForkPullRequest({ ...pr({ full_name: 'x/r', fork: true }), GITHUB_EVENT_NAME: 'push' })).toBe(false);
    expect(jsConfigDecision({ allowJsConfig: 'auto' }, pr({ full_name: 'x/r', fork: true }))).toEqual({
      allowed: false,
      why: 'allow-js-config: auto, and this is a pull request from a fork',
    });
    expect(jsConfigDecision({ allowJsConfig: 'true' }, pr({ full_name: 'x/r', fork: true })).allowed).toBe(true);
    expect(jsConfigDecision({ allowJsConfig: 'false' }, {}).allowed).toBe(false);
  });

  it('on a pull request from a fork a JS config is not run: the step fails with exit 2 and says why', () => {
    const workspace = jsConfigRepo();
    const step = runStep({ 'changed-since': 'none' }, runnerEnv(workspace, 'a'.repeat(40), true));
    expect(step.code).toBe(2);
    expect(step.stderr).toBe(
      'faq-lint: JS config files are refused (allow-js-config: auto, and this is a pull request from a fork)\n' +
        NO_CACHE +
        `faq-lint: invalid config: ${path.join(workspace, 'faq-lint.config.mjs')}: JS config files are refused in this run (--no-js-config, or the Action's allow-js-config): loading one runs its code. Use .faqlintrc.json or .faqlintrc.yaml\n`,
    );
    expect(existsSync(path.join(workspace, 'RAN'))).toBe(false);
  });

  it('with allow-js-config: true (or from the same repository) the config runs, and the log says it may', () => {
    const workspace = jsConfigRepo();
    const step = runStep(
      { 'changed-since': 'none', 'allow-js-config': 'true' },
      runnerEnv(workspace, 'a'.repeat(40), true),
    );
    expect(step.stderr).toBe(`faq-lint: JS config files are allowed (allow-js-config: true)\n${NO_CACHE}`);
    expect(step.code).toBe(1);
    expect(readFileSync(path.join(workspace, 'RAN'), 'utf8')).toBe('the config ran');
  });

  it.runIf(process.platform !== 'win32')(
    'on a repository whose symlinks point outside it: nothing outside is read, walked or suggested',
    () => {
      const { workspace, base } = pullRequestRepo();
      const docs = path.join(workspace, 'docs');
      symlinkSync('/', path.join(docs, 'r'));
      symlinkSync('/etc/passwd', path.join(docs, 'secret.md'));
      symlinkSync('/etc/hostname', path.join(docs, 'includes'));
      writeFileSync(
        path.join(docs, 'e.md'),
        page(
          'E',
          '# E\n\n[a](secret.md#root) [b](r/etc/shadow) [c](r/etc/passwd#x) [d](shadow.md)\n\n[!INCLUDE [x](includes/x.md)]\n',
        ),
      );
      const step = runStep({ 'changed-since': 'none', paths: 'docs/e.md docs/secret.md' }, runnerEnv(workspace, base));
      const lines = step.stdout.split('\n').filter(Boolean);
      expect(
        lines.map((l) => l.replace(/^::\w+ file=([^,]+),line=(\d+),col=(\d+).*title=([^:]+)::(.*)$/, '$1:$2:$3 $4 $5')),
      ).toEqual([
        "docs/e.md:11:1 file-not-found Link 'secret.md#root' goes through a symlink that leaves the repository - 'secret.md' leads outside the repository: faq-lint does not follow it, and the Learn build cannot publish it",
        "docs/e.md:11:21 file-not-found Link 'r/etc/shadow' goes through a symlink that leaves the repository - 'r' leads outside the repository: faq-lint does not follow it, and the Learn build cannot publish it",
        "docs/e.md:11:39 file-not-found Link 'r/etc/passwd#x' goes through a symlink that leaves the repository - 'r' leads outside the repository: faq-lint does not follow it, and the Learn build cannot publish it",
        "docs/e.md:11:59 file-not-found Cannot find file 'shadow.md'",
        "docs/e.md:13:1 include-not-found Include 'includes/x.md' goes through a symlink that leaves the repository - 'includes' leads outside the repository: faq-lint does not follow it",
        "docs/secret.md:1:1 file-unreadable Symlink leads outside the repository (to '/etc/passwd'); faq-lint does not follow it",
      ]);
      expect(step.stdout).not.toMatch(/root:|did you mean 'r\//);
    },
  );
});
