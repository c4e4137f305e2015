/**
 * The lint run: discover files, find their docsets, parse and summarise each file with its
 * per-file rules, run the cross-file rules over the summaries, apply inline directives, and
 * return findings per file in a stable order.
 */
import path from 'node:path';
import { globby } from 'globby';
import { allRules, rulesById } from '../../rules/index.js';
import { ConfigLoader } from '../config/load.js';
import { isIgnoredByConfig, resolveConfig, type CommandLineRules } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';
import { Docset } from '../docset/docset.js';
import { findRoots, type Roots } from '../docset/root.js';
import type { Finding, RunSettings } from '../types.js';
import { applyDirectives } from './directives.js';
import { fileKindOf } from './file-kinds.js';
import { compareFindings, toFinding } from './findings.js';
import { namedPathsToReport } from './named-paths.js';
import { GitBase } from './git-base.js';
import { internalError, processFile, type ProcessOutput } from './process-file.js';
import { readSource, type Source } from './read-source.js';
import { isChangedMode, selectChangedFiles } from '../changed/select.js';

/** Extensions a folder is expanded to. `.yml` files are linted only when a file kind claims them. */
export const LINTED_EXTENSIONS = ['md', 'yml'];

export interface LintOptions {
  /** Paths and globs, relative to `cwd`; default `.`. */
  patterns?: string[];
  cwd?: string;
  /** `--config`: one config file for every file. */
  configFile?: string;
  /** `--no-config`. */
  noConfig?: boolean;
  /** `--rule id:severity`, over every config. */
  commandLineRules?: CommandLineRules;
  /** "Today" as YYYY-MM-DD; default from `FAQ_LINT_NOW`, then the clock. */
  now?: string;
  /**
   * A git ref (`--changed-since`): rules that compare a file with its previous version
   * (ms-date-not-updated) get the file's text at this commit. An unknown ref throws GitError.
   */
  changedSince?: string;
  /**
   * `--staged` (pre-commit): each file is linted as staged (its index version, when it has one)
   * and compared with HEAD. Fixes then apply to the working-tree file: safe only when it equals
   * the index. Ignored when `changedSince` is set.
   */
  staged?: boolean;
  /**
   * Texts to lint instead of what is on disk (absolute path -> text without BOM): how `--fix`
   * re-lints its fixed texts before anything is written, and how `--fix-dry-run` never writes.
   */
  overlay?: ReadonlyMap<string, string>;
}

/** The findings for one file. */
export interface FileResult {
  /** Absolute path. */
  filePath: string;
  /** Path relative to the docset root. */
  path: string;
  /** Root of the docset the file belongs to. */
  docsetRoot: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
}

export interface LintResult {
  results: FileResult[];
  errorCount: number;
  warningCount: number;
}

/** A file that will be linted, once read and configured. */
interface Job {
  absolute: string;
  relative: string;
  docset: Docset;
  config: ResolvedConfig;
  output?: ProcessOutput;
  /** Findings made before the rules ran (an unreadable file). */
  early: Finding[];
}

/** Today's date as YYYY-MM-DD (UTC). */
export function today(override = process.env.FAQ_LINT_NOW): string {
  if (override) return override;
  return new Date().toISOString().slice(0, 10);
}

/** Lint files; throws ConfigError for a bad config (the CLI exits 2 on it). */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const loader = new ConfigLoader(allRules, options.configFile && path.resolve(cwd, options.configFile), options.noConfig);
  const now = options.now ?? today();
  const files = await discover(options.patterns ?? ['.'], cwd);
  const gitBase = options.changedSince !== undefined || options.staged ? new GitBase(options.changedSince) : undefined;
  const docsets = new Map<string, Docset>();
  const rootsByDir = new Map<string, Roots>();
  const jobs: Job[] = [];

  // Changed mode: only the changed files and the files whose links the change breaks.
  const selected = isChangedMode(options) ? await selectChangedFiles(files, { ...options, patterns: options.patterns ?? ['.'], cwd }) : files;
  for (const absolute of selected) {
    const dir = path.dirname(absolute);
    const loaded = await loader.forDir(dir);
    if (isIgnoredByConfig(absolute, loaded)) continue;
    let roots = rootsByDir.get(dir);
    if (!roots) {
      roots = loaded?.config.docsetRoot ? { ...findRoots(dir, cwd), docsetRoot: path.resolve(loaded.dir, loaded.config.docsetRoot), reason: 'config' } : findRoots(dir, cwd);
      rootsByDir.set(dir, roots);
    }
    let docset = docsets.get(roots.docsetRoot);
    if (!docset) {
      docset = new Docset(roots);
      docsets.set(roots.docsetRoot, docset);
    }
    jobs.push({ absolute, relative: docset.relative(absolute), docset, config: resolveConfig(absolute, loaded, allRules, options.commandLineRules), early: [] });
  }

  // Per file: read, parse, summarise, per-file rules.
  for (const job of jobs) {
    const overlaid = options.overlay?.get(job.absolute);
    const source: Source = overlaid === undefined ? readSource(job.absolute) : { ok: true, text: overlaid, bom: false };
    const settings: RunSettings = { now, sitePrefixes: job.config.sitePrefixes };
    if (!source.ok) {
      const rule = job.config.rules['file-unreadable'];
      if (rule) job.early.push(toFinding('file-unreadable', rule.severity, { message: source.reason }));
      continue;
    }
    if (!fileKindOf(job.relative, source.text)) continue;
    const versions = gitBase ? await gitBase.versions(job.absolute, source.text) : { text: source.text, previousText: undefined };
    try {
      job.output = processFile({ path: job.relative, text: versions.text, config: job.config, settings, previousText: versions.previousText });
      job.docset.addSummary(job.output.summary);
    } catch (error) {
      job.early.push(internalError('parser', error));
    }
  }

  // Cross-file rules, over summaries.
  const results: FileResult[] = [];
  const known = new Set(rulesById.keys());
  for (const job of jobs) {
    if (!job.output && job.early.length === 0) continue;
    const findings = [...job.early];
    if (job.output) {
      const { summary } = job.output;
      findings.push(...job.output.findings);
      const settings: RunSettings = { now, sitePrefixes: job.config.sitePrefixes };
      for (const [id, { severity, options: ruleOptions }] of Object.entries(job.config.rules)) {
        const rule = rulesById.get(id);
        if (!rule?.checkDocset) continue;
        try {
          rule.checkDocset({ path: job.relative, summary, docset: job.docset, options: ruleOptions, settings, report: (report) => findings.push(toFinding(id, severity, report)) });
        } catch (error) {
          findings.push(internalError(id, error));
        }
      }
    }
    const directives = job.output?.summary.directives ?? [];
    const final = applyDirectives(findings, directives, known, job.config.rules['inline-config-invalid']?.severity).sort(compareFindings);
    results.push(fileResult(job, final));
  }
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return {
    results,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
  };
}

function fileResult(job: Job, findings: Finding[]): FileResult {
  const errorCount = findings.filter((f) => f.severity === 2).length;
  return { filePath: job.absolute, path: job.relative, docsetRoot: job.docset.root, findings, errorCount, warningCount: findings.length - errorCount };
}

/** Expand paths and globs to files, honouring .gitignore; folders expand to linted extensions. */
export async function discover(patterns: string[], cwd: string): Promise<string[]> {
  const files = await globby(patterns.map((p) => p.split(path.sep).join('/')), {
    cwd,
    absolute: true,
    gitignore: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: { extensions: LINTED_EXTENSIONS },
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  // A symlink named on the command line is followed (and linted, or reported unreadable).
  return [...new Set([...files, ...namedPathsToReport(patterns, cwd)].map((f) => path.resolve(f)))].sort();
}
