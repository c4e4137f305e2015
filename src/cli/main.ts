/** The `faq-lint` command: arguments in, report out, exit code back. I/O lives here. */
import { appendFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../rules/index.js';
import { ConfigLoader } from '../config/load.js';
import { explainConfig } from '../config/resolve.js';
import { ConfigError } from '../config/types.js';
import { inBuildScope, inheritedMetadata, readDocfxMetadata } from '../docset/docfx-metadata.js';
import { findRoots } from '../docset/root.js';
import { rootsFor } from '../config/roots.js';
import { posixRelative } from '../text/posix-path.js';
import { lint, NoFilesMatchedError, type LintOptions, type LintResult } from '../engine/lint.js';
import type { FixRunResult } from '../fix/fix-run.js';
import { GitError } from '../git/git.js';
import { VERSION } from '../meta.js';
import { ensureFolder } from '../output/ensure-folder.js';
import { isIsoDate } from '../text/iso-date.js';
import { printable, printableJson } from '../text/printable.js';
import { FORMAT_NAMES, FORMATS_WITH_NOTES, isFormatName, loadReporter } from '../reporters/load.js';
import type { ReportContext } from '../reporters/types.js';
import { markdownSummary } from '../reporters/summary.js';
import { plural } from '../text/plural.js';
import { parseCliArgs, UsageError, type CliOptions } from './args.js';
import { colorWanted } from './color.js';
import { HELP } from './help.js';
import { writeStarterConfig } from './init.js';
import { listRules } from './list-rules.js';
import { Progress, progressWanted } from './progress.js';
import { warmUpForChangedMode } from './warm-up.js';

/** Where the command writes; the real process in `main`, buffers in tests. */
export interface CliIo {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/** Run the command; resolves to the exit code (0, 1 or 2). Never throws. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(
      argv,
      allRules.map((rule) => rule.meta.id),
    );
    for (const output of options.outputs) {
      if (!isFormatName(output.format))
        throw new UsageError(`unknown format '${output.format}' (known: ${FORMAT_NAMES.join(', ')})`);
    }
    if (options.help) return write(io, `${HELP}\n`, 0);
    if (options.version) return write(io, `${VERSION}\n`, 0);
    if (options.listRules) return write(io, listRules(allRules), 0);
    if (options.init) {
      const written = writeStarterConfig(io.cwd);
      return written.ok ? write(io, `${printable(written.message)}\n`, 0) : fail(io, written.message);
    }
    if (options.lsp) {
      // Loaded only here: the server's dependencies cost the CLI nothing. It runs until the client ends it.
      const { startServer } = await import('../lsp/server.js');
      startServer({ allowJsConfig: options.allowJsConfig, fileTimeLimit: options.fileTimeLimit });
      return await new Promise<number>(() => {});
    }
    if (options.printConfig)
      return write(io, `${printableJson(JSON.stringify(await printConfig(options, io.cwd), null, 2))}\n`, 0);
    const now = options.now ?? io.env.FAQ_LINT_NOW;
    // As strict as --now: a typo must not silently turn the date rules off.
    if (now !== undefined && !isIsoDate(now))
      throw new UsageError(`FAQ_LINT_NOW takes a date as YYYY-MM-DD, got '${now}'`);
    const lintOptions: LintOptions = {
      patterns: options.patterns.length > 0 ? options.patterns : undefined,
      cwd: io.cwd,
      configFile: options.config,
      noConfig: options.noConfig,
      allowJsConfig: options.allowJsConfig,
      fileTimeLimit: options.fileTimeLimit,
      commandLineRules: options.rules,
      now,
      changedSince: options.changedSince,
      staged: options.staged,
      cache: options.cache,
      cacheLocation: options.cacheLocation,
    };
    const progress = progressWanted(io.stderr, io.env, options.progress) ? new Progress(io.stderr) : undefined;
    lintOptions.onProgress = progress?.update;
    let result: LintResult;
    let fixed: FixRunResult | undefined;
    try {
      if (options.fix || options.fixDryRun) {
        // --fix and its diff are loaded only when asked for: start-up of every other run stays small.
        const [{ fixRun }, { fixesDiff }] = await Promise.all([import('../fix/fix-run.js'), import('../fix/diff.js')]);
        fixed = await fixRun(lintOptions, { dryRun: options.fixDryRun });
        result = fixed.result;
        progress?.finish();
        if (options.fixDryRun) io.stdout.write(fixesDiff(fixed.files, io.cwd));
        const notFixed = [
          ...fixed.skipped.map((s) => [s.filePath, s.reason] as const),
          ...fixed.files
            .filter((f) => f.notWritten && f.notWritten !== 'dry run')
            .map((f) => [f.filePath, f.notWritten!] as const),
        ];
        for (const [filePath, reason] of notFixed.sort(([a], [b]) => (a < b ? -1 : 1)))
          io.stderr.write(`faq-lint: not fixed: ${printable(path.relative(io.cwd, filePath))}: ${printable(reason)}\n`);
      } else result = await lint(lintOptions);
    } finally {
      progress?.finish();
    }
    for (const warning of result.warnings ?? []) io.stderr.write(`faq-lint: warning: ${printable(warning)}\n`);
    const shown = options.quiet ? onlyErrors(result) : result;
    const color = colorWanted(io.stdout, io.env);
    const root = reportRoot(io);
    for (const output of options.outputs) {
      const reporter = await loadReporter(output.format as (typeof FORMAT_NAMES)[number]);
      const text = reporter(shown, {
        cwd: io.cwd,
        root,
        color: output.file ? false : color,
        quiet: options.quiet,
        rules: allRules,
      });
      if (output.file) {
        const target = path.resolve(io.cwd, output.file);
        ensureFolder(path.dirname(target));
        writeFileSync(target, text);
      } else io.stdout.write(text);
    }
    writeSummaries(shown, options, io, { cwd: io.cwd, root });
    // Notes no chosen format shows (json, junit) go to stderr: a check left undone is never silent.
    if (!options.summary && !options.outputs.some((o) => FORMATS_WITH_NOTES.has(o.format))) {
      for (const note of result.notes ?? []) io.stderr.write(`faq-lint: note: ${printable(note.message)}\n`);
    }
    if (fixed) io.stderr.write(`${fixSummary(fixed, result, options.fixDryRun)}\n`);
    if (options.maxWarnings !== undefined && result.warningCount > options.maxWarnings) {
      io.stderr.write(`faq-lint found ${plural(result.warningCount, 'warning')} (max ${options.maxWarnings})\n`);
    }
    return exitCode(result, options);
  } catch (error) {
    if (error instanceof UsageError) return fail(io, error.message, "Run 'faq-lint --help' for usage.");
    if (error instanceof ConfigError) return fail(io, `invalid config: ${error.message}`);
    if (error instanceof GitError || error instanceof NoFilesMatchedError) return fail(io, error.message);
    return fail(io, `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The line `--fix` ends with: "Fixed 7 problems in 3 files; 4 remain" (what a dry run would do, with --fix-dry-run). */
export function fixSummary(
  fixed: Pick<FixRunResult, 'files'>,
  remaining: Pick<LintResult, 'errorCount' | 'warningCount'>,
  dryRun: boolean,
): string {
  const files = fixed.files.filter((file) => dryRun || file.notWritten === undefined);
  const problems = files.reduce((n, file) => n + file.applied, 0);
  const left = remaining.errorCount + remaining.warningCount;
  const done =
    problems === 0
      ? 'Nothing to fix'
      : `${dryRun ? 'Would fix' : 'Fixed'} ${plural(problems, 'problem')} in ${plural(files.length, 'file')}`;
  return `${done}; ${left === 0 ? 'no problems remain' : `${left} remain`}`;
}

/** 1 for errors or too many warnings, else 0. */
export function exitCode(result: LintResult, options: Pick<CliOptions, 'maxWarnings'>): number {
  if (result.errorCount > 0) return 1;
  if (options.maxWarnings !== undefined && result.warningCount > options.maxWarnings) return 1;
  return 0;
}

/** The folder CI formats make paths relative to: the Actions workspace, else the repository, else cwd. */
function reportRoot(io: CliIo): string {
  if (io.env.GITHUB_WORKSPACE) return path.resolve(io.env.GITHUB_WORKSPACE);
  return findRoots(io.cwd, io.cwd).repoRoot;
}

/**
 * The Markdown summary: to `--summary <path>`, and appended to the Actions job summary
 * (`GITHUB_STEP_SUMMARY`, shared by every step of the job) when the github format is used.
 */
function writeSummaries(
  result: LintResult,
  options: CliOptions,
  io: CliIo,
  context: Pick<ReportContext, 'cwd' | 'root'>,
): void {
  const stepSummary = options.outputs.some((o) => o.format === 'github') ? io.env.GITHUB_STEP_SUMMARY : undefined;
  if (!options.summary && !stepSummary) return;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = io.env;
  const blobUrl = server && repository && sha ? `${server}/${repository}/blob/${sha}/` : undefined;
  const text = markdownSummary(result, context, { blobUrl });
  if (options.summary) {
    const target = path.resolve(io.cwd, options.summary);
    ensureFolder(path.dirname(target));
    writeFileSync(target, text);
  }
  if (stepSummary) appendFileSync(stepSummary, `${text}\n`);
}

function onlyErrors(result: LintResult): LintResult {
  const results = result.results
    .map((file) => ({ ...file, findings: file.findings.filter((f) => f.severity === 2), warningCount: 0 }))
    .filter((file) => file.findings.length > 0);
  return { results, errorCount: result.errorCount, warningCount: 0, notes: result.notes };
}

/**
 * `--print-config <file>`: what applies to the file and where each part comes from: the config
 * file, the docset root (and how it was found), the metadata docfx.json gives the file and
 * whether its build.content builds it, and every rule's severity and options with their source.
 */
async function printConfig(options: CliOptions, cwd: string): Promise<unknown> {
  const file = path.resolve(cwd, options.printConfig!);
  if (!isFile(file)) throw new UsageError(`--print-config: no file ${options.printConfig}`);
  const loader = new ConfigLoader(allRules, options.config && path.resolve(cwd, options.config), options.noConfig, {
    cwd,
    allowJs: options.allowJsConfig,
  });
  const loaded = await loader.forDir(path.dirname(file));
  const roots = rootsFor(path.dirname(file), loaded, cwd);
  const docfx = readDocfxMetadata(roots.docsetRoot, roots.repoRoot);
  const relative = posixRelative(roots.docsetRoot, file);
  return {
    file: posixRelative(cwd, file),
    configFile: loaded?.path ?? null,
    docset: { root: roots.docsetRoot, foundBy: roots.reason, repository: roots.repoRoot, path: relative },
    docfxMetadata: inheritedMetadata(docfx, relative),
    inBuildScope: inBuildScope(docfx, relative),
    sitePrefixes: loaded?.config.sitePrefixes ?? {},
    rules: explainConfig(file, loaded, allRules, options.rules),
  };
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function write(io: CliIo, text: string, code: number): number {
  io.stdout.write(text);
  return code;
}

/** One line on stderr, every control character escaped whatever the message quotes; then a hint of ours. */
function fail(io: CliIo, message: string, hint?: string): number {
  io.stderr.write(`faq-lint: ${printable(message)}\n${hint ? `${hint}\n` : ''}`);
  return 2;
}

/** Entry point for bin/faq-lint.js. */
export async function main(argv = process.argv.slice(2)): Promise<void> {
  // In the bundle this is the earliest moment; bin/faq-lint.js starts it before loading this module.
  warmUpForChangedMode(argv);
  process.exitCode = await run(argv, {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
