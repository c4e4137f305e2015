import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliArguments, isForkPullRequest, jsConfigDecision, pullRequestBase, readInputs, stepExitCode } from '../../src/action/run.js';
import { REPO_ROOT } from '../helpers.js';
import { git, tempTree } from '../temp.js';
import { page } from './pages.js';
import { readAction, readOutputs, runStep } from './runner.js';

const action = readAction(path.join(REPO_ROOT, 'action.yml'));

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
  writeFileSync(path.join(workspace, 'docs/d.md'), page('D', '# D\n\n<!-- faq-lint-disable nope -->\n\n### Too deep\n'));
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-qm', 'head');
  return { workspace, base };
}

/** The files a runner provides, and the event of a pull request against `base` (from a fork when `fork`). */
function runnerEnv(workspace: string, base: string | undefined, fork = false): Record<string, string> {
  const repo = (name: string): { full_name: string; fork: boolean } => ({ full_name: name, fork: name !== 'contoso/docs' });
  const pullRequest = { number: 7, base: { ref: 'main', sha: base, repo: repo('contoso/docs') }, head: { ref: 'topic', repo: repo(fork ? 'mallory/docs' : 'contoso/docs') } };
  const runner = tempTree({ 'summary.md': '', 'output.txt': '', 'event.json': JSON.stringify(base ? { action: 'opened', number: 7, pull_request: pullRequest } : { ref: 'refs/heads/main' }) });
  return {
    GITHUB_ACTIONS: 'true',
    FAQ_LINT_NOW: '2026-11-26',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: REPO_ROOT,
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
  it('declares its inputs, outputs and two steps: install and build in the action folder, then run', () => {
    expect(Object.keys(action.inputs)).toEqual(['paths', 'config', 'changed-since', 'fail-on', 'sarif-file', 'allow-js-config']);
    expect([action.inputs.paths!.default, action.inputs['fail-on']!.default, action.inputs['allow-js-config']!.default]).toEqual(['.', 'error', 'auto']);
    expect(action.outputs).toEqual({ errors: expect.objectContaining({ value: '${{ steps.lint.outputs.errors }}' }), warnings: expect.objectContaining({ value: '${{ steps.lint.outputs.warnings }}' }) });
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.map((s) => [s.name, s['working-directory'], s.run])).toEqual([
      ['Install faq-lint', '${{ github.action_path }}', 'npm ci --no-audit --no-fund --omit=optional'],
      ['Run faq-lint', '${{ github.workspace }}', 'node "$GITHUB_ACTION_PATH/dist/src/action/run.js"'],
    ]);
  });

  it('on a pull request: annotates the changed files and the unchanged file whose link the change broke, not the others; writes the job summary and the outputs, fails on errors', () => {
    const { workspace, base } = pullRequestRepo();
    const env = runnerEnv(workspace, base);
    const step = runStep(action, 'Run faq-lint', {}, env);
    expect([step.code, step.stderr]).toEqual([1, 'faq-lint: JS config files are allowed (allow-js-config: auto, and this is not a pull request from a fork)\n']);
    expect(step.stdout.split('\n')).toEqual([
      "::warning file=docs/a.md,line=6,col=10,endLine=6,endColumn=20,title=ms-date-not-updated::The article changed but ms.date is still '11/01/2026': update it to the review date (today is 11/26/2026)",
      "::error file=docs/b.md,line=11,col=5,endLine=11,endColumn=37,title=bookmark-not-found::Cannot find bookmark '#old-heading' in 'a.md', did you mean '#new-heading'?",
      "::error file=docs/d.md,line=11,col=1,endLine=11,endColumn=31,title=inline-config-invalid::Unknown rule 'nope' in faq-lint-disable comment",
      '::warning file=docs/d.md,line=13,col=1,endLine=13,endColumn=13,title=heading-skipped::Heading level skipped: H3 after the H1 at line 9; use H2.',
      '',
    ]);
    expect(readOutputs(env.GITHUB_OUTPUT!)).toEqual({ errors: '2', warnings: '2' });
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(summary).toContain('2 errors and 2 warnings in 3 files (3 files linted).');
    expect(summary).toContain('| `bookmark-not-found` | 1 | 0 |\n| `heading-skipped` | 0 | 1 |\n| `inline-config-invalid` | 1 | 0 |\n| `ms-date-not-updated` | 0 | 1 |');
    expect(summary).toContain("- **error** [docs/d.md:11:1](https://github.com/contoso/docs/blob/0123456789abcdef0123456789abcdef01234567/docs/d.md#L11) `inline-config-invalid`: Unknown rule 'nope' in faq-lint-disable comment");
  });

  it('fail-on decides the step result; sarif-file writes SARIF; outside a pull request everything is linted', () => {
    const { workspace, base } = pullRequestRepo();
    const never = runStep(action, 'Run faq-lint', { 'fail-on': 'never', 'sarif-file': 'out/faq-lint.sarif' }, runnerEnv(workspace, base));
    expect(never.code).toBe(0);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'out/faq-lint.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['ms-date-not-updated', 'bookmark-not-found', 'inline-config-invalid', 'heading-skipped']);

    const push = runnerEnv(workspace, undefined);
    const all = runStep(action, 'Run faq-lint', { 'fail-on': 'warning', paths: 'docs/c.md\ndocs/a.md' }, push);
    expect(all.code).toBe(1);
    expect(all.stdout).toBe('::warning file=docs/c.md,line=11,col=1,endLine=11,endColumn=20,title=heading-skipped::Heading level skipped: H3 after the H1 at line 9; use H2.\n');
    expect(readOutputs(push.GITHUB_OUTPUT!)).toEqual({ errors: '0', warnings: '1' });

    // An explicit ref, and 'none' on a pull request.
    expect(runStep(action, 'Run faq-lint', { 'changed-since': 'HEAD' }, runnerEnv(workspace, base)).stdout).toBe('');
    expect(runStep(action, 'Run faq-lint', { 'changed-since': 'none', paths: 'docs/c.md' }, runnerEnv(workspace, base)).stdout).toContain('file=docs/c.md');
  });

  it('bad inputs fail the step with exit 2 and an error annotation', () => {
    const { workspace, base } = pullRequestRepo();
    const env = runnerEnv(workspace, base);
    const bad = runStep(action, 'Run faq-lint', { 'fail-on': 'sometimes' }, env);
    expect([bad.code, bad.stderr]).toEqual([2, "::error title=faq-lint::fail-on must be error, warning or never, got 'sometimes'\n"]);
    const badRef = runStep(action, 'Run faq-lint', { 'changed-since': 'no-such-ref' }, env);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toMatch(/^faq-lint: JS config files are allowed \(allow-js-config: auto, and this is not a pull request from a fork\)\nfaq-lint: 'no-such-ref' does not name a commit/);
    expect(readOutputs(env.GITHUB_OUTPUT!)).toEqual({ errors: '0', warnings: '0' });
  });
});

describe('the action logic (pure parts)', () => {
  it('reads inputs, the pull request base, and builds the CLI arguments', () => {
    const event = tempTree({ 'pr.json': JSON.stringify({ pull_request: { base: { sha: 'a'.repeat(40) } } }), 'push.json': '{"ref":"x"}', 'bad.json': '{' });
    expect(pullRequestBase(path.join(event, 'pr.json'))).toBe('a'.repeat(40));
    expect(pullRequestBase(path.join(event, 'push.json'))).toBeUndefined();
    expect(pullRequestBase(path.join(event, 'bad.json'))).toBeUndefined();
    expect(pullRequestBase(undefined)).toBeUndefined();
    const inputs = readInputs({ INPUT_PATHS: ' docs\n rules/**/*.md ', 'INPUT_FAIL-ON': 'warning', GITHUB_EVENT_PATH: path.join(event, 'pr.json'), INPUT_CONFIG: 'x.json', 'INPUT_SARIF-FILE': 'o.sarif', 'INPUT_ALLOW-JS-CONFIG': 'false' });
    expect(inputs).toEqual({ paths: ['docs', 'rules/**/*.md'], config: 'x.json', changedSince: 'a'.repeat(40), failOn: 'warning', sarifFile: 'o.sarif', allowJsConfig: 'false' });
    expect(cliArguments(inputs, '/t/r.json')).toEqual(['docs', 'rules/**/*.md', '--format', 'github', '--format', 'json:/t/r.json', '--format', 'sarif:o.sarif', '--config', 'x.json', '--changed-since', 'a'.repeat(40)]);
    expect(cliArguments(inputs, '/t/r.json', false)).toContain('--no-js-config');
    expect(readInputs({})).toEqual({ paths: ['.'], config: undefined, changedSince: undefined, failOn: 'error', sarifFile: undefined, allowJsConfig: 'auto' });
    expect(() => readInputs({ 'INPUT_ALLOW-JS-CONFIG': 'yes' })).toThrow("allow-js-config must be auto, true or false, got 'yes'");
    expect(readInputs({ 'INPUT_CHANGED-SINCE': 'none', GITHUB_EVENT_PATH: path.join(event, 'pr.json') }).changedSince).toBeUndefined();
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
    writeFileSync(path.join(workspace, 'faq-lint.config.mjs'), "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./RAN', import.meta.url), 'the config ran');\nexport default { rules: {} };\n");
    return workspace;
  }

  it('decides from the input and the event: auto refuses only pull requests from forks', () => {
    const event = (payload: unknown): string => path.join(tempTree({ 'e.json': JSON.stringify(payload) }), 'e.json');
    const pr = (head: unknown): Record<string, string> => ({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event({ pull_request: { head: { repo: head }, base: { repo: { full_name: 'o/r' } } } }) });
    expect(isForkPullRequest(pr({ full_name: 'o/r', fork: false }))).toBe(false);
    expect(isForkPullRequest(pr({ full_name: 'x/r', fork: true }))).toBe(true);
    expect(isForkPullRequest(pr(null))).toBe(true); // the fork was deleted
    expect(isForkPullRequest({ ...pr({ full_name: 'x/r', fork: true }), GITHUB_EVENT_NAME: 'pull_request_target' })).toBe(true);
    expect(isForkPullRequest({ ...pr({ full_name: 'x/r', fork: true }), GITHUB_EVENT_NAME: 'push' })).toBe(false);
    expect(jsConfigDecision({ allowJsConfig: 'auto' }, pr({ full_name: 'x/r', fork: true }))).toEqual({ allowed: false, why: 'allow-js-config: auto, and this is a pull request from a fork' });
    expect(jsConfigDecision({ allowJsConfig: 'true' }, pr({ full_name: 'x/r', fork: true })).allowed).toBe(true);
    expect(jsConfigDecision({ allowJsConfig: 'false' }, {}).allowed).toBe(false);
  });

  it('on a pull request from a fork a JS config is not run: the step fails with exit 2 and says why', () => {
    const workspace = jsConfigRepo();
    const step = runStep(action, 'Run faq-lint', { 'changed-since': 'none' }, runnerEnv(workspace, 'a'.repeat(40), true));
    expect(step.code).toBe(2);
    expect(step.stderr).toBe(
      'faq-lint: JS config files are refused (allow-js-config: auto, and this is a pull request from a fork)\n' +
        `faq-lint: invalid config: ${path.join(workspace, 'faq-lint.config.mjs')}: JS config files are refused in this run (--no-js-config, or the Action's allow-js-config): loading one runs its code. Use .faqlintrc.json or .faqlintrc.yaml\n`,
    );
    expect(existsSync(path.join(workspace, 'RAN'))).toBe(false);
  });

  it('with allow-js-config: true (or from the same repository) the config runs, and the log says it may', () => {
    const workspace = jsConfigRepo();
    const step = runStep(action, 'Run faq-lint', { 'changed-since': 'none', 'allow-js-config': 'true' }, runnerEnv(workspace, 'a'.repeat(40), true));
    expect(step.stderr).toBe('faq-lint: JS config files are allowed (allow-js-config: true)\n');
    expect(step.code).toBe(1);
    expect(readFileSync(path.join(workspace, 'RAN'), 'utf8')).toBe('the config ran');
  });

  it.runIf(process.platform !== 'win32')('on a repository whose symlinks point outside it: nothing outside is read, walked or suggested', () => {
    const { workspace, base } = pullRequestRepo();
    const docs = path.join(workspace, 'docs');
    symlinkSync('/', path.join(docs, 'r'));
    symlinkSync('/etc/passwd', path.join(docs, 'secret.md'));
    symlinkSync('/etc/hostname', path.join(docs, 'includes'));
    writeFileSync(path.join(docs, 'e.md'), page('E', '# E\n\n[a](secret.md#root) [b](r/etc/shadow) [c](r/etc/passwd#x) [d](shadow.md)\n\n[!INCLUDE [x](includes/x.md)]\n'));
    const step = runStep(action, 'Run faq-lint', { 'changed-since': 'none', paths: 'docs/e.md docs/secret.md' }, runnerEnv(workspace, base));
    const lines = step.stdout.split('\n').filter(Boolean);
    expect(lines.map((l) => l.replace(/^::\w+ file=([^,]+),line=(\d+),col=(\d+).*title=([^:]+)::(.*)$/, '$1:$2:$3 $4 $5'))).toEqual([
      "docs/e.md:11:1 file-not-found Link 'secret.md#root' goes through the symlink 'secret.md', which leads outside the repository: faq-lint does not follow it, and the Learn build cannot publish it.",
      "docs/e.md:11:21 file-not-found Link 'r/etc/shadow' goes through the symlink 'r', which leads outside the repository: faq-lint does not follow it, and the Learn build cannot publish it.",
      "docs/e.md:11:39 file-not-found Link 'r/etc/passwd#x' goes through the symlink 'r', which leads outside the repository: faq-lint does not follow it, and the Learn build cannot publish it.",
      "docs/e.md:11:59 file-not-found Cannot find file 'shadow.md' (linked as 'shadow.md').",
      "docs/e.md:13:1 include-not-found Include 'includes/x.md' goes through the symlink 'includes', which leads outside the repository: faq-lint does not follow it.",
      "docs/secret.md:1:1 file-unreadable Symlink leads outside the repository (to '/etc/passwd'); faq-lint does not follow it",
    ]);
    expect(step.stdout).not.toMatch(/root:|did you mean 'r\//);
  });
});
