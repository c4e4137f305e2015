/**
 * Planning a run: for each discovered file, its config (or none: ignored), its docset and its
 * run settings. Nothing is read or parsed here beyond config files and the docsets' file index.
 */
import path from 'node:path';
import type { ConfigLoader } from '../config/load.js';
import { isIgnoredByConfig, matchingOverrides, resolveConfig, type CommandLineRules } from '../config/resolve.js';
import type { LoadedConfig, ResolvedConfig } from '../config/types.js';
import type { Docset } from '../docset/docset.js';
import type { Roots } from '../docset/root.js';
import { docsetFor, rootsFor } from '../config/roots.js';
import type { Finding, RunSettings } from '../types.js';
import { guardedSummariser } from './guard.js';
import type { ProcessOutput } from './process-file.js';
import { BUILT_IN, type RuleSet } from './rule-set.js';

/** A file that will be linted: planned here, filled in by the later stages. */
export interface Job {
  absolute: string;
  /** Docset-relative POSIX path. */
  relative: string;
  docset: Docset;
  config: ResolvedConfig;
  settings: RunSettings;
  /** Summary and per-file findings, once processed (undefined: unreadable, not a lintable kind, or the parser failed). */
  output?: ProcessOutput;
  /** Findings made outside the rules (an unreadable file, a parser failure). */
  early: Finding[];
}

/** What files with the same config and matching overrides share. */
interface SharedSettings {
  config: ResolvedConfig;
  settings: RunSettings;
}

export interface PlanOptions {
  cwd: string;
  loader: ConfigLoader;
  commandLineRules?: CommandLineRules;
  now: string;
  /** The time limit of each file the docsets summarise on demand, in milliseconds. */
  limitMs: number;
  /** The run's rules (default: faq-lint's own). */
  rules?: RuleSet;
  /**
   * Docsets by root, shared with earlier plans (the language server plans files one at a time
   * into its long-lived docsets); the docsets this plan creates are added. Default: a new map.
   */
  docsets?: Map<string, Docset>;
}

/** Jobs for `files` (absolute, sorted), in the same order; files a config ignores are left out. */
export async function planJobs(
  files: readonly string[],
  { cwd, loader, commandLineRules, now, limitMs, rules = BUILT_IN, docsets = new Map() }: PlanOptions,
): Promise<Job[]> {
  const summarise = guardedSummariser(limitMs);
  const rootsByDir = new Map<string, Roots>();
  const jobs: Job[] = [];
  // Files under one config file with the same matching overrides share one resolved config and
  // settings object: resolving them per file made 9,753 copies of the same settings on cpp-docs,
  // and the cache key of each file's inputs is then computed once per shared object.
  const shared = new Map<LoadedConfig | undefined, Map<string, SharedSettings>>();
  for (const absolute of files) {
    const dir = path.dirname(absolute);
    const loaded = await loader.forDir(dir);
    if (isIgnoredByConfig(absolute, loaded)) continue;
    let roots = rootsByDir.get(dir);
    if (!roots) {
      roots = rootsFor(dir, loaded, cwd);
      rootsByDir.set(dir, roots);
    }
    const docset = docsetFor(docsets, roots, loaded, summarise);
    let byOverrides = shared.get(loaded);
    if (!byOverrides) shared.set(loaded, (byOverrides = new Map<string, SharedSettings>()));
    const overrides = matchingOverrides(absolute, loaded).join(',');
    let resolved = byOverrides.get(overrides);
    if (!resolved) {
      const config = resolveConfig(absolute, loaded, rules.rules, commandLineRules);
      resolved = { config, settings: { now, sitePrefixes: config.sitePrefixes } };
      byOverrides.set(overrides, resolved);
    }
    jobs.push({ absolute, relative: docset.relative(absolute), docset, ...resolved, early: [] });
  }
  return jobs;
}
