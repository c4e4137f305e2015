/** Command-line arguments: parsed with node:util parseArgs, then checked into `CliOptions`. */
import { parseArgs } from 'node:util';
import type { RuleSetting } from '../config/types.js';
import { isIsoDate } from '../text/iso-date.js';
import { closest } from '../text/similar.js';

/** One requested output: a format, written to stdout or to a file. */
export interface OutputRequest {
  format: string;
  /** File to write; stdout when undefined. */
  file?: string;
}

export interface CliOptions {
  /** The paths and globs named; empty when none was (the current folder is linted then). */
  patterns: string[];
  outputs: OutputRequest[];
  quiet: boolean;
  maxWarnings: number | undefined;
  rules: Record<string, RuleSetting>;
  config: string | undefined;
  noConfig: boolean;
  printConfig: string | undefined;
  listRules: boolean;
  version: boolean;
  help: boolean;
  now: string | undefined;
  /** `--cache`: reuse per-file results of earlier runs. */
  cache: boolean;
  /** `--cache-location`: the cache folder (default: see `defaultCacheLocation`). */
  cacheLocation: string | undefined;
  /** False with `--no-progress`; progress also needs a terminal on stderr and no `CI`. */
  progress: boolean;
  /** `--summary <path>`: also write the Markdown run summary to this file. */
  summary: string | undefined;
  /** `--changed-since <ref>`: lint only what changed against this git ref, and its dependents. */
  changedSince: string | undefined;
  /** `--staged`: lint only what is staged (against HEAD), and its dependents; for pre-commit. */
  staged: boolean;
  /** `--init`: write a starter `.faqlintrc.json` in the working folder and exit. */
  init: boolean;
  /** `--fix`: apply the rules' fixes and write the changed files (atomically). */
  fix: boolean;
  /** `--fix-dry-run`: print the fixes as a unified diff; write nothing. */
  fixDryRun: boolean;
  /** False with `--no-js-config`: JS config files are refused (they run code). */
  allowJsConfig: boolean;
  /** `--file-time-limit <seconds>`: the per-file time limit (default: the engine's). */
  fileTimeLimit: number | undefined;
  /** `--lsp`: run the language server on stdin/stdout (settings come from the editor). */
  lsp: boolean;
}

/** A mistake on the command line: exit 2 with this one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  'output-file': { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'no-js-config': { type: 'boolean' },
  'file-time-limit': { type: 'string' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  now: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'no-progress': { type: 'boolean' },
  summary: { type: 'string' },
  'changed-since': { type: 'string' },
  staged: { type: 'boolean' },
  init: { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  lsp: { type: 'boolean' },
  // What language clients append (vscode-languageclient: `--stdio --clientProcessId=<pid>`);
  // stdio is the only transport, and vscode-languageserver reads the process id itself.
  stdio: { type: 'boolean' },
  clientProcessId: { type: 'string' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Parse argv (without node and script). Throws UsageError. `ruleIds` are the known rules, which
 * `--rule` is checked against (none given: not checked).
 */
export function parseCliArgs(argv: string[], ruleIds: readonly string[] = []): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''),
    );
  }
  const { values, positionals } = parsed;
  if (values.lsp) {
    // The editor sends the settings; what it cannot (refusing JS configs, the time limit) is given here.
    const others = Object.keys(values).filter(
      (key) => !['lsp', 'stdio', 'clientProcessId', 'no-js-config', 'file-time-limit'].includes(key),
    );
    if (others.length > 0 || positionals.length > 0)
      throw new UsageError(
        `--lsp takes no paths and no options but --no-js-config and --file-time-limit (the editor sends the settings), got ${[...others.map((o) => `--${o}`), ...positionals].join(' ')}`,
      );
  } else if (values.stdio || values.clientProcessId !== undefined)
    throw new UsageError(`--${values.stdio ? 'stdio' : 'clientProcessId'} is only for --lsp`);
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings))
    throw new UsageError(`--max-warnings takes a whole number, got '${maxWarnings}'`);
  if (values.now !== undefined && !isIsoDate(values.now))
    throw new UsageError(`--now takes a date as YYYY-MM-DD, got '${values.now}'`);
  const timeLimit = values['file-time-limit'];
  if (timeLimit !== undefined && !(/^\d+(\.\d+)?$/.test(timeLimit) && Number(timeLimit) > 0))
    throw new UsageError(`--file-time-limit takes a number of seconds, got '${timeLimit}'`);
  if (values['changed-since'] !== undefined && values.staged)
    throw new UsageError('--changed-since and --staged cannot be used together');
  if (
    values['changed-since'] !== undefined &&
    (values['changed-since'].trim() === '' || values['changed-since'].startsWith('-'))
  )
    throw new UsageError(`--changed-since takes a git ref, got '${values['changed-since']}'`);
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (
    values['fix-dry-run'] &&
    (values.format ?? ['stylish']).some((f) => !f.includes(':') && f !== 'stylish') &&
    !values['output-file']
  ) {
    throw new UsageError(
      '--fix-dry-run prints a diff on stdout; send the report to a file (--format json:report.json)',
    );
  }
  if (values.config && values['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  return {
    patterns: positionals,
    outputs: parseOutputs(values.format ?? [], values['output-file']),
    quiet: values.quiet ?? false,
    maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
    rules: parseRuleFlags(values.rule ?? [], ruleIds),
    config: values.config,
    noConfig: values['no-config'] ?? false,
    printConfig: values['print-config'],
    listRules: values['list-rules'] ?? false,
    version: values.version ?? false,
    help: values.help ?? false,
    now: values.now,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
    progress: !(values['no-progress'] ?? false),
    summary: values.summary,
    changedSince: values['changed-since'],
    staged: values.staged ?? false,
    init: values.init ?? false,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    allowJsConfig: !(values['no-js-config'] ?? false),
    fileTimeLimit: timeLimit === undefined ? undefined : Number(timeLimit),
    lsp: values.lsp ?? false,
  };
}

/** `--format name` or `--format name:path`; `--output-file` applies to a format without a path. */
function parseOutputs(formats: string[], outputFile: string | undefined): OutputRequest[] {
  const requests = (formats.length > 0 ? formats : ['stylish']).map((spec): OutputRequest => {
    const colon = spec.indexOf(':');
    return colon === -1 ? { format: spec } : { format: spec.slice(0, colon), file: spec.slice(colon + 1) };
  });
  if (outputFile) {
    const target = requests.find((r) => !r.file);
    if (!target) throw new UsageError('--output-file needs a --format that has no file of its own');
    target.file = outputFile;
  }
  if (requests.filter((r) => !r.file).length > 1)
    throw new UsageError('only one --format can write to stdout; give the others a file (--format sarif:out.sarif)');
  return requests;
}

const SEVERITY_NAMES = ['off', 'warn', 'error'];
/** Severities people type from other tools, and what they mean here. */
const SEVERITY_ALIASES: Record<string, string> = {
  warning: 'warn',
  err: 'error',
  none: 'off',
  disable: 'off',
  disabled: 'off',
};

/** `--rule id:severity` (repeatable): the id must name a rule and the severity be one, with a "did you mean" when not. */
function parseRuleFlags(flags: string[], ruleIds: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const colon = flag.lastIndexOf(':');
    const [id, severity] =
      colon === -1 ? [flag.trim(), ''] : [flag.slice(0, colon).trim(), flag.slice(colon + 1).trim()];
    if (!id || !severity) throw new UsageError(`--rule takes id:severity (off, warn or error), got '${flag}'`);
    if (ruleIds.length > 0 && !ruleIds.includes(id)) {
      const guess = closest(id, ruleIds);
      throw new UsageError(`--rule ${flag}: unknown rule '${id}'${guess ? `, did you mean '${guess}'?` : ''}`);
    }
    if (!/^(off|warn|error|0|1|2)$/.test(severity)) {
      const guess = SEVERITY_ALIASES[severity.toLowerCase()] ?? closest(severity, SEVERITY_NAMES);
      throw new UsageError(
        `--rule ${flag}: severity must be off, warn or error${guess ? `, did you mean '${id}:${guess}'?` : ''}`,
      );
    }
    rules[id] = /^\d$/.test(severity) ? (Number(severity) as 0 | 1 | 2) : (severity as 'off' | 'warn' | 'error');
  }
  return rules;
}
