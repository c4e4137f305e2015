/**
 * The GitHub Action (`action.yml`): reads the action's inputs from the environment, lints the
 * workspace with the CLI in-process (annotations on stdout, the job summary appended to
 * `GITHUB_STEP_SUMMARY`), writes the `errors` and `warnings` outputs to `GITHUB_OUTPUT`, and
 * returns the step's exit code according to `fail-on`.
 * Runner environment: https://docs.github.com/actions/reference/variables-reference
 */
import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { run, type CliIo } from '../cli/main.js';
import { escapeData } from '../reporters/github.js';
import { readJsonFile } from '../source/json.js';

/** Event payloads and the run's own JSON report can be large (a pull request's description). */
const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** When the step fails: on errors, on any finding, or never (report only). */
export type FailOn = 'error' | 'warning' | 'never';

/** The action's inputs, as `action.yml` declares them. */
export interface ActionInputs {
  /** Paths and globs to lint, separated by whitespace or newlines (default `.`). */
  paths: string[];
  /** A config file for every file (`--config`); undefined: discovered per file. */
  config: string | undefined;
  /** The git ref to compare with; undefined: the whole set. */
  changedSince: string | undefined;
  failOn: FailOn;
  /** Where to write SARIF for code scanning; undefined: none. */
  sarifFile: string | undefined;
  /** `allow-js-config`: JS config files allowed, refused, or refused on pull requests from forks. */
  allowJsConfig: 'auto' | 'true' | 'false';
}

/** A usage problem with the inputs: the step fails with exit 2 and this message. */
export class InputError extends Error {}

/** The pull request's base commit from the event payload, if the event is a pull request. */
export function pullRequestBase(eventPath: string | undefined): string | undefined {
  const sha = (readEvent(eventPath) as { pull_request?: { base?: { sha?: unknown } } } | undefined)?.pull_request?.base?.sha;
  return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
}

/** The event payload (`GITHUB_EVENT_PATH`), or undefined when there is none or it is not JSON. */
function readEvent(eventPath: string | undefined): unknown {
  if (!eventPath) return undefined;
  const read = readJsonFile(eventPath, { maxBytes: MAX_JSON_BYTES });
  return read.ok && typeof read.value === 'object' && read.value !== null ? read.value : undefined;
}

/**
 * Read the inputs (`INPUT_*`, set by action.yml). `changed-since` defaults to the pull
 * request's base; `none` (or any non-PR event without one) lints everything.
 */
export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const input = (name: string): string => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
  const failOn = input('fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw new InputError(`fail-on must be error, warning or never, got '${failOn}'`);
  const requested = input('changed-since');
  const changedSince = requested === 'none' ? undefined : requested || pullRequestBase(env.GITHUB_EVENT_PATH);
  const paths = input('paths').split(/\s+/).filter(Boolean);
  const allowJsConfig = input('allow-js-config') || 'auto';
  if (allowJsConfig !== 'auto' && allowJsConfig !== 'true' && allowJsConfig !== 'false') throw new InputError(`allow-js-config must be auto, true or false, got '${allowJsConfig}'`);
  return { paths: paths.length > 0 ? paths : ['.'], config: input('config') || undefined, changedSince, failOn, sarifFile: input('sarif-file') || undefined, allowJsConfig };
}

/** Events whose checkout can hold code from someone else's fork. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * True when the run is for a pull request from a fork: its head repository is not the base
 * repository (or is gone). Such a pull request controls every file of the checkout.
 */
export function isForkPullRequest(env: Record<string, string | undefined>): boolean {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return false;
  const pull = (readEvent(env.GITHUB_EVENT_PATH) as { pull_request?: { head?: { repo?: { full_name?: unknown; fork?: unknown } | null }; base?: { repo?: { full_name?: unknown } } } } | undefined)?.pull_request;
  if (!pull) return false;
  const head = pull.head?.repo;
  return !head || head.fork === true || head.full_name !== pull.base?.repo?.full_name;
}

/** Whether JS config files may be loaded, and why (one line for the log). */
export function jsConfigDecision(inputs: Pick<ActionInputs, 'allowJsConfig'>, env: Record<string, string | undefined>): { allowed: boolean; why: string } {
  if (inputs.allowJsConfig === 'true') return { allowed: true, why: 'allow-js-config: true' };
  if (inputs.allowJsConfig === 'false') return { allowed: false, why: 'allow-js-config: false' };
  return isForkPullRequest(env) ? { allowed: false, why: 'allow-js-config: auto, and this is a pull request from a fork' } : { allowed: true, why: 'allow-js-config: auto, and this is not a pull request from a fork' };
}

/** The CLI arguments for these inputs; the JSON report (for the counts) goes to `jsonFile`. */
export function cliArguments(inputs: ActionInputs, jsonFile: string, allowJsConfig = true): string[] {
  const args = [...inputs.paths, '--format', 'github', '--format', `json:${jsonFile}`];
  if (!allowJsConfig) args.push('--no-js-config');
  if (inputs.sarifFile) args.push('--format', `sarif:${inputs.sarifFile}`);
  if (inputs.config) args.push('--config', inputs.config);
  if (inputs.changedSince) args.push('--changed-since', inputs.changedSince);
  return args;
}

/** The step's exit code: the CLI's 2 (bad input, config, git) always fails; else per fail-on. */
export function stepExitCode(cliCode: number, counts: { errors: number; warnings: number }, failOn: FailOn): number {
  if (cliCode === 2) return 2;
  if (failOn === 'never') return 0;
  if (counts.errors > 0) return 1;
  return failOn === 'warning' && counts.warnings > 0 ? 1 : 0;
}

/** Make sure the base commit is present: a shallow checkout may not have it. Best effort. */
function fetchCommit(cwd: string, sha: string): Promise<void> {
  return new Promise((resolve) => {
    execFile('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd }, (missing) => {
      if (!missing) return resolve();
      execFile('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { cwd }, () => resolve());
    });
  });
}

/** Run the action; resolves to the step's exit code. `io.env` is the runner's environment. */
export async function runAction(io: CliIo): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(io.env);
  } catch (error) {
    io.stderr.write(`::error title=faq-lint::${escapeData((error as Error).message)}\n`);
    return 2;
  }
  const cwd = io.env.GITHUB_WORKSPACE ? path.resolve(io.env.GITHUB_WORKSPACE) : io.cwd;
  const js = jsConfigDecision(inputs, io.env);
  if (PULL_REQUEST_EVENTS.has(io.env.GITHUB_EVENT_NAME ?? '') || !js.allowed) io.stderr.write(`faq-lint: JS config files are ${js.allowed ? 'allowed' : 'refused'} (${js.why})\n`);
  if (inputs.changedSince && /^[0-9a-f]{40}$/.test(inputs.changedSince)) await fetchCommit(cwd, inputs.changedSince);
  const temp = mkdtempSync(path.join(io.env.RUNNER_TEMP || tmpdir(), 'faq-lint-'));
  try {
    const jsonFile = path.join(temp, 'results.json');
    const code = await run(cliArguments(inputs, jsonFile, js.allowed), { ...io, cwd });
    let counts = { errors: 0, warnings: 0 };
    if (code !== 2) {
      const report = readJsonFile(jsonFile, { maxBytes: Number.MAX_SAFE_INTEGER });
      const files = (report.ok ? report.value : []) as { errorCount: number; warningCount: number }[];
      counts = { errors: files.reduce((n, f) => n + f.errorCount, 0), warnings: files.reduce((n, f) => n + f.warningCount, 0) };
    }
    if (io.env.GITHUB_OUTPUT) appendFileSync(io.env.GITHUB_OUTPUT, `errors=${counts.errors}\nwarnings=${counts.warnings}\n`);
    return stepExitCode(code, counts, inputs.failOn);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

// Run when executed as the action's script (`node dist/src/action/run.js`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void runAction({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
    process.exitCode = code;
  });
}
