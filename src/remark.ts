/**
 * faq-lint as a unified/remark plugin, for remark-cli users:
 * `remark --use remark-frontmatter --use faq-lint/remark .` reports every enabled faq-lint rule as a
 * vfile message. It honours the same config files as the CLI (found from each file's folder
 * upward; `ignores`, `overrides`, `docsetRoot`, `sitePrefixes`), so a docset linted both ways
 * gets the same rules. The plugin works on a copy of the tree (with the DocFX layer applied) and
 * never changes it; a rule that throws becomes an `internal-error` message, never a crash.
 *
 * The same guards as the CLI: a file over the size cap or refused by the pre-scan gets its one
 * finding and nothing else; link targets and includes are summarised in the guarded worker with
 * the per-file time limit; at most `MAX_FINDINGS_PER_RULE` findings per rule. The file itself was
 * parsed by remark before the plugin runs, so its parse is remark's, outside faq-lint's time limit.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { ConfigLoader } from './config/load.js';
import { isIgnoredByConfig, resolveConfig, type CommandLineRules } from './config/resolve.js';
import { docsetFor, rootsFor } from './config/roots.js';
import type { Docset } from './docset/docset.js';
import { FindingCollector } from './engine/collect.js';
import { guardedSummariser } from './engine/guard.js';
import { timeLimitMs } from './engine/limits.js';
import { today } from './engine/lint.js';
import { refusalFindings } from './engine/process-file.js';
import { finishFindings, runDocsetRules, runFileRules } from './engine/rule-runner.js';
import { BUILT_IN, RuleSet } from './engine/rule-set.js';
import { applyDocfxSyntax } from './parse/docfx.js';
import { refusalOf } from './summary/summarise-file.js';
import { summariseMarkdown } from './summary/summarise-markdown.js';
import { LineIndex } from './text/line-index.js';
import type { Finding, Rule } from './types.js';

/** The plugin's options; every one is optional. */
export interface FaqLintRemarkOptions {
  /**
   * The config file: a path (relative to the process's working folder) used for every file, as
   * the CLI's `--config`; `false` for none (`--no-config`). Default: the nearest config file
   * upward from each file's folder, as the CLI finds it.
   */
  config?: string | false;
  /** Rule settings over the config's, as in a config file's `rules` (the CLI's `--rule`). */
  rules?: CommandLineRules;
  /** "Today" as YYYY-MM-DD for the ms.date rules (default: today, or `FAQ_LINT_NOW`). */
  now?: string;
  /** Site-relative prefixes mapped to docset folders; default: the config's `sitePrefixes`. */
  sitePrefixes?: Record<string, string>;
  /** The rules to run, as `lint({ rules })`: default faq-lint's own (`allRules`); `[...allRules, myRule]` adds one. */
  ruleSet?: readonly Rule[];
}

/** The remark plugin: lints each file it is given with faq-lint's rules. */
export default function faqLint(options: FaqLintRemarkOptions = {}) {
  const rules = options.ruleSet ? new RuleSet(options.ruleSet) : BUILT_IN;
  const loader = new ConfigLoader(
    rules.rules,
    typeof options.config === 'string' ? path.resolve(options.config) : undefined,
    options.config === false,
  );
  const docsets = new Map<string, Docset>();
  // Link targets and includes: summarised in the guarded worker with the default time limit.
  const summarise = guardedSummariser(timeLimitMs(undefined));

  return async (tree: Root, file: VFile): Promise<void> => {
    const text = String(file.value ?? '');
    const absolute = path.resolve(file.cwd, file.path ?? 'document.md');
    const loaded = await loader.forDir(path.dirname(absolute));
    if (isIgnoredByConfig(absolute, loaded)) return;
    const roots = rootsFor(path.dirname(absolute), loaded, file.cwd);
    const docset = docsetFor(docsets, roots, loaded, summarise);
    const relative = docset.relative(absolute);
    const config = resolveConfig(absolute, loaded, rules.rules, options.rules);
    const settings = {
      now: today(options.now ?? process.env.FAQ_LINT_NOW),
      sitePrefixes: options.sitePrefixes ?? config.sitePrefixes,
    };
    const refusal = refusalOf('markdown', text);
    let findings: Finding[];
    if (refusal) {
      docset.noSummary(relative);
      findings = refusalFindings(refusal, config);
    } else {
      const lines = new LineIndex(text);
      const copy = applyDocfxSyntax(structuredClone(tree), text, lines);
      const summary = summariseMarkdown(relative, text, copy, lines);
      docset.addSummary(summary);
      const collector = new FindingCollector(summary.directives);
      runFileRules(rules, config, { path: relative, text, parsed: { tree: copy, summary }, settings }, collector);
      // One file has no run to tell what it left unchecked: the CLI's notes say it.
      runDocsetRules(rules, config, { path: relative, summary, docset, settings }, collector);
      findings = finishFindings(collector.result(), summary.directives, rules, config).findings;
    }
    for (const f of findings) {
      const message = file.message(f.message, {
        place: { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } },
        ruleId: f.ruleId,
        source: 'faq-lint',
      });
      message.fatal = f.severity === 2;
      if (f.detail) message.note = f.detail;
    }
  };
}
