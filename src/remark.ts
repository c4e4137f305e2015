/**
 * faq-lint as a unified/remark plugin, for remark-cli users:
 * `remark --use faq-lint/remark .` reports every enabled faq-lint rule as a vfile message.
 * The plugin works on a copy of the tree (with the DocFX layer applied) and never changes it.
 *
 * The same guards as the CLI: a file over the size cap or refused by the pre-scan gets its one
 * finding and nothing else; link targets and includes are summarised in the guarded worker with
 * the per-file time limit; at most `MAX_FINDINGS_PER_RULE` findings per rule. The file itself was
 * parsed by remark before the plugin runs, so its parse is remark's, outside faq-lint's time limit.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { allRules, rulesById } from '../rules/index.js';
import { resolveConfig, type CommandLineRules } from './config/resolve.js';
import { Docset } from './docset/docset.js';
import { findRoots } from './docset/root.js';
import { FindingCollector, withOmitted } from './engine/collect.js';
import { compareFindings, toFinding } from './engine/findings.js';
import { applyDirectives } from './engine/directives.js';
import { markdownKind } from './engine/file-kinds.js';
import { today } from './engine/lint.js';
import { internalError } from './engine/process-file.js';
import { refusalOf } from './engine/summarise.js';
import { applyDocfxSyntax } from './parse/docfx.js';
import { LineIndex } from './parse/positions.js';
import { summariseMarkdown } from './summary/summarise-markdown.js';
import type { Finding } from './types.js';

export interface FaqLintRemarkOptions {
  /** Rule settings, as in a config file's `rules`. */
  rules?: CommandLineRules;
  /** "Today" as YYYY-MM-DD (default: today, or FAQ_LINT_NOW). */
  now?: string;
  /** Site-relative prefixes mapped to docset folders. */
  sitePrefixes?: Record<string, string>;
}

const docsets = new Map<string, Docset>();

/** The remark plugin: lints each file it is given with faq-lint's rules. */
export default function faqLint(options: FaqLintRemarkOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const text = String(file.value ?? '');
    const absolute = path.resolve(file.cwd, file.path ?? 'document.md');
    const roots = findRoots(path.dirname(absolute), file.cwd);
    let docset = docsets.get(roots.docsetRoot);
    if (!docset) docsets.set(roots.docsetRoot, (docset = new Docset(roots)));
    const relative = docset.relative(absolute);
    const config = resolveConfig(absolute, undefined, allRules, options.rules);
    const settings = { now: today(options.now ?? process.env.FAQ_LINT_NOW), sitePrefixes: options.sitePrefixes ?? {} };
    const refusal = refusalOf(markdownKind, text);
    let findings: Finding[];
    if (refusal) {
      docset.noSummary(relative);
      const rule = config.rules[refusal.ruleId];
      findings = rule ? [toFinding(refusal.ruleId, rule.severity, { message: refusal.reason })] : [];
    } else {
      const lines = new LineIndex(text);
      const copy = applyDocfxSyntax(structuredClone(tree), text, lines);
      const summary = summariseMarkdown(relative, text, copy, lines);
      docset.addSummary(summary);
      const collector = new FindingCollector(summary.directives);
      for (const [id, { severity, options: ruleOptions }] of Object.entries(config.rules)) {
        const rule = rulesById.get(id);
        const report = (r: Parameters<typeof toFinding>[2]): void => collector.add(toFinding(id, severity, r));
        try {
          rule?.check?.({ path: relative, text, tree: copy, summary, options: ruleOptions, settings, report });
          // One file has no run to tell what it left unchecked: the CLI's notes say it.
          rule?.checkDocset?.({ path: relative, summary, docset, options: ruleOptions, settings, report, notChecked: () => {} });
        } catch (error) {
          collector.add(internalError(id, error));
        }
      }
      const collected = collector.result();
      const known = new Set(rulesById.keys());
      findings = withOmitted(applyDirectives(collected.findings, summary.directives, known, config.rules['inline-config-invalid']?.severity).sort(compareFindings), collected.omitted).findings;
    }
    for (const f of findings) {
      const message = file.message(f.message, { place: { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } }, ruleId: f.ruleId, source: 'faq-lint' });
      message.fatal = f.severity === 2;
    }
  };
}
