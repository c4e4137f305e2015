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
import { run, type CliIo } from '../cli/main.js';
import { VERSION } from '../meta.js';
import { escapeData } from '../reporters/github.js';
import { readJsonFile } from '../source/json.js';
import { cacheKeys, type CacheService } from './cache.js';

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
  /** Keep faq-lint's cache across runs with the Actions cache service (default true). */
  cache: boolean;
}

/** A usage problem with the inputs: the step fails with exit 2 and this message. */
export class InputError extends Error {}

/** The pull request's base commit from the event payload, if the event is a pull request. */
export function pullRequestBase(eventPath: string | undefined): string | undefined {
  const sha = (readEvent(eventPath) as { pull_request?: { base?: { sha?: unknown } } } | undefined)?.pull_request?.base
    ?.sha;
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
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never')
    throw new InputError(`fail-on must be error, warning or never, got '${failOn}'`);
  const requested = input('changed-since');
  const changedSince = requested === 'none' ? undefined : requested || pullRequestBase(env.GITHUB_EVENT_PATH);
  const paths = input('paths').split(/\s+/).filter(Boolean);
  const allowJsConfig = input('allow-js-config') || 'auto';
  if (allowJsConfig !== 'auto' && allowJsConfig !== 'true' && allowJsConfig !== 'false')
    throw new InputError(`allow-js-config must be auto, true or false, got '${allowJsConfig}'`);
  const cache = (input('cache') || 'true').toLowerCase();
  if (cache !== 'true' && cache !== 'false')
    throw new InputError(`cache must be true or false, got '${input('cache')}'`);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: input('config') || undefined,
    changedSince,
    failOn,
    sarifFile: input('sarif-file') || undefined,
    cache: cache === 'true',
    allowJsConfig,
  };
}

/** Events whose checkout can hold code from someone else's fork. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * True when the run is for a pull request from a fork: its head repository is not the base
 * repository (or is gone). Such a pull request controls every file of the checkout.
 */
export function isForkPullRequest(env: Record<string, string | undefined>): boolean {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return false;
  const pull = (
    readEvent(env.GITHUB_EVENT_PATH) as
      | {
          pull_request?: {
            head?: { repo?: { full_name?: unknown; fork?: unknown } | null };
            base?: { repo?: { full_name?: unknown } };
          };
        }
      | undefined
  )?.pull_request;
  if (!pull) return false;
  const head = pull.head?.repo;
  return !head || head.fork === true || head.full_name !== pull.base?.repo?.full_name;
}

/** Whether JS config files may be loaded, and why (one line for the log). */
export function jsConfigDecision(
  inputs: Pick<ActionInputs, 'allowJsConfig'>,
  env: Record<string, string | undefined>,
): { allowed: boolean; why: string } {
  if (inputs.allowJsConfig === 'true') return { allowed: true, why: 'allow-js-config: true' };
  if (inputs.allowJsConfig === 'false') return { allowed: false, why: 'allow-js-config: false' };
  return isForkPullRequest(env)
    ? { allowed: false, why: 'allow-js-config: auto, and this is a pull request from a fork' }
    : { allowed: true, why: 'allow-js-config: auto, and this is not a pull request from a fork' };
}

/**
 * The CLI arguments for these inputs; the JSON report (for the counts) goes to `jsonFile`, the
 * cache to `cacheDir`; `--no-js-config` unless JS configs are allowed.
 */
export function cliArguments(
  inputs: ActionInputs,
  jsonFile: string,
  { cacheDir, allowJsConfig = true }: { cacheDir?: string; allowJsConfig?: boolean } = {},
): string[] {
  const args = [...inputs.paths, '--format', 'github', '--format', `json:${jsonFile}`];
  if (!allowJsConfig) args.push('--no-js-config');
  if (cacheDir) args.push('--cache', '--cache-location', cacheDir);
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

/**
 * Restore faq-lint's cache folder for this run (see cache.ts); resolves to the folder to lint with
 * and the key restored from, or undefined when the run goes without a cache. Never throws.
 */
async function restoreCache(
  service: CacheService,
  dir: string,
  env: CliIo['env'],
  stderr: CliIo['stderr'],
): Promise<{ dir: string; key: string; restored: string | undefined } | undefined> {
  const commit = env.GITHUB_SHA;
  if (!commit) {
    stderr.write('faq-lint: GITHUB_SHA is not set, so there is no cache key; linting without a cache\n');
    return undefined;
  }
  try {
    if (!(await service.isAvailable())) {
      stderr.write('faq-lint: the Actions cache service is not available here; linting without a cache\n');
      return undefined;
    }
    const { key, restoreKeys } = cacheKeys(VERSION, commit);
    const restored = await service.restore([dir], key, restoreKeys);
    stderr.write(
      restored
        ? `faq-lint: cache restored from ${restored}\n`
        : `faq-lint: no cache for faq-lint ${VERSION} yet; this run makes one\n`,
    );
    return { dir, key, restored };
  } catch (error) {
    stderr.write(`faq-lint: cache not restored (${(error as Error).message}); linting without it\n`);
    return { dir, key: cacheKeys(VERSION, commit).key, restored: undefined };
  }
}

/** Save the cache folder under this run's key (unless it was restored from that very key). Never throws. */
async function saveCache(
  service: CacheService,
  cache: { dir: string; key: string; restored: string | undefined },
  stderr: CliIo['stderr'],
): Promise<void> {
  if (cache.restored === cache.key) return;
  try {
    await service.save([cache.dir], cache.key);
    stderr.write(`faq-lint: cache saved as ${cache.key}\n`);
  } catch (error) {
    stderr.write(`faq-lint: cache not saved (${(error as Error).message})\n`);
  }
}

/**
 * Run the action; resolves to the step's exit code. `io.env` is the runner's environment;
 * `cacheService` is the Actions cache (a fake in tests).
 */
export async function runAction(io: CliIo, cacheService: CacheService): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(io.env);
  } catch (error) {
    io.stderr.write(`::error title=faq-lint::${escapeData((error as Error).message)}\n`);
    return 2;
  }
  const cwd = io.env.GITHUB_WORKSPACE ? path.resolve(io.env.GITHUB_WORKSPACE) : io.cwd;
  const js = jsConfigDecision(inputs, io.env);
  // Said where it matters: whenever JS configs are refused, and when a fork's are allowed.
  if (!js.allowed || isForkPullRequest(io.env))
    io.stderr.write(`faq-lint: JS config files are ${js.allowed ? 'allowed' : 'refused'} (${js.why})\n`);
  if (inputs.changedSince && /^[0-9a-f]{40}$/.test(inputs.changedSince)) await fetchCommit(cwd, inputs.changedSince);
  const runnerTemp = io.env.RUNNER_TEMP || tmpdir();
  // A fixed folder: the cache service versions a cache by its paths.
  const cache = inputs.cache
    ? await restoreCache(cacheService, path.join(runnerTemp, 'faq-lint-cache'), io.env, io.stderr)
    : undefined;
  const temp = mkdtempSync(path.join(runnerTemp, 'faq-lint-'));
  try {
    const jsonFile = path.join(temp, 'results.json');
    const code = await run(cliArguments(inputs, jsonFile, { cacheDir: cache?.dir, allowJsConfig: js.allowed }), {
      ...io,
      cwd,
    });
    let counts = { errors: 0, warnings: 0 };
    if (code !== 2) {
      const report = readJsonFile(jsonFile, { maxBytes: Number.MAX_SAFE_INTEGER });
      const files = (report.ok ? report.value : []) as { errorCount: number; warningCount: number }[];
      counts = {
        errors: files.reduce((n, f) => n + f.errorCount, 0),
        warnings: files.reduce((n, f) => n + f.warningCount, 0),
      };
    }
    if (io.env.GITHUB_OUTPUT)
      appendFileSync(io.env.GITHUB_OUTPUT, `errors=${counts.errors}\nwarnings=${counts.warnings}\n`);
    if (cache && code !== 2) await saveCache(cacheService, cache, io.stderr);
    return stepExitCode(code, counts, inputs.failOn);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
