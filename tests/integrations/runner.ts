/**
 * A tiny stand-in for the GitHub Actions runner: runs the `run:` steps of a composite action
 * (`action.yml`) with bash, with `${{ inputs.* }}`, `${{ github.* }}` expressions substituted
 * and the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) in place. Enough to test our own
 * action; not a general runner.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { cleanEnv } from './cli.js';

interface ActionStep {
  name: string;
  id?: string;
  shell: string;
  run: string;
  'working-directory'?: string;
  env?: Record<string, string>;
}

export interface CompositeAction {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export function readAction(file: string): CompositeAction {
  return parse(readFileSync(file, 'utf8')) as CompositeAction;
}

/** Substitute the expressions our action uses; anything else is an error in the action. */
function interpolate(text: string, context: { inputs: Record<string, string>; github: Record<string, string>; steps: Record<string, Record<string, string>> }): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expression: string) => {
    const [scope, ...rest] = expression.split('.');
    if (scope === 'inputs') return context.inputs[rest.join('.')] ?? '';
    if (scope === 'github') return context.github[rest.join('.')] ?? '';
    if (scope === 'steps' && rest[1] === 'outputs') return context.steps[rest[0]!]?.[rest[2]!] ?? '';
    throw new Error(`the test runner does not know the expression ${expression}`);
  });
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
 * Run one step of the action, as the runner would: `with` over the inputs' defaults, the step's
 * env over the runner env (`GITHUB_*` variables given by the test).
 */
export function runStep(action: CompositeAction, stepName: string, withInputs: Record<string, string>, runnerEnv: Record<string, string>): StepRun {
  const step = action.runs.steps.find((s) => s.name === stepName);
  if (!step) throw new Error(`no step '${stepName}' in the action`);
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, withInputs[name] ?? spec.default ?? '']));
  const github = { action_path: runnerEnv.GITHUB_ACTION_PATH ?? '', workspace: runnerEnv.GITHUB_WORKSPACE ?? '' };
  const context = { inputs, github, steps: {} };
  const env = { ...cleanEnv(runnerEnv), ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), context)])) };
  if (step.shell !== 'bash') throw new Error(`unexpected shell ${step.shell}`);
  const cwd = step['working-directory'] ? interpolate(step['working-directory'], context) : runnerEnv.GITHUB_WORKSPACE;
  // The runner runs bash steps as `bash --noprofile --norc -eo pipefail {0}`.
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', interpolate(step.run, context)], { cwd, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
