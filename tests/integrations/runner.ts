/**
 * A tiny stand-in for the GitHub Actions runner: runs a JavaScript action (`runs.using: nodeNN`)
 * the way the runner does, `node <action folder>/<runs.main>` in the workspace, with each input
 * as `INPUT_<NAME>` (the `with:` value, else the input's default) and the runner's files
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) in place. Enough to test our own action; not a general
 * runner. https://docs.github.com/actions/sharing-automations/creating-actions/metadata-syntax-for-github-actions#runs-for-javascript-actions
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers.js';
import { git } from '../temp.js';
import { cleanEnv } from '../cli.js';

export interface JavaScriptAction {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export function readAction(file: string): JavaScriptAction {
  return parse(readFileSync(file, 'utf8')) as JavaScriptAction;
}

/**
 * The Action as a release ships it: the committed files a runner needs (action.yml, the bundle,
 * the licence), copied from this checkout's HEAD into an empty folder: no node_modules, no
 * package.json, no sources beside it. Removed by the caller's temp handling (it is under tmpdir).
 */
export function releaseFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'faq-lint-release-'));
  for (const file of git(REPO_ROOT, 'ls-files', 'action.yml', 'bundle', 'LICENSE').trim().split('\n')) {
    cpSync(path.join(REPO_ROOT, file), path.join(dir, file));
  }
  return dir;
}

/** `name=value` lines of a GITHUB_OUTPUT file (no multi-line values: ours has none). */
export function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the action in `actionDir` as the runner would: `with` over the inputs' defaults as
 * `INPUT_*` variables (upper-cased, spaces as underscores), over the runner env given by the
 * test (`GITHUB_*`), in `GITHUB_WORKSPACE`.
 */
export function runAction(
  actionDir: string,
  withInputs: Record<string, string>,
  runnerEnv: Record<string, string>,
): StepRun {
  const action = readAction(path.join(actionDir, 'action.yml'));
  if (!/^node\d+$/.test(action.runs.using)) throw new Error(`not a JavaScript action: runs.using ${action.runs.using}`);
  const unknown = Object.keys(withInputs).filter((name) => !(name in action.inputs));
  if (unknown.length > 0) throw new Error(`the action has no input ${unknown.join(', ')}`);
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      withInputs[name] ?? spec.default ?? '',
    ]),
  );
  const result = spawnSync(process.execPath, [path.join(actionDir, action.runs.main)], {
    cwd: runnerEnv.GITHUB_WORKSPACE,
    env: { ...cleanEnv(runnerEnv), ...inputs },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
