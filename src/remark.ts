/**
 * faq-lint as a unified/remark plugin, for remark-cli users:
 * `remark --use faq-lint/remark .` reports every enabled faq-lint rule as a vfile message.
 * The plugin works on a copy of the tree (with the DocFX layer applied) and never changes it.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { allRules, rulesById } from '../rules/index.js';
import { resolveConfig, type CommandLineRules } from './config/resolve.js';
import { Docset } from './docset/docset.js';
import { findRoots } from './docset/root.js';
import { today } from './engine/lint.js';
import { toFinding } from './engine/findings.js';
import { applyDirectives } from './engine/directives.js';
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
    const lines = new LineIndex(text);
    const copy = applyDocfxSyntax(structuredClone(tree), text, lines);
    const summary = summariseMarkdown(relative, text, copy, lines);
    docset.addSummary(summary);
    const config = resolveConfig(absolute, undefined, allRules, options.rules);
    const settings = { now: options.now ?? today(), sitePrefixes: options.sitePrefixes ?? {} };
    const findings: Finding[] = [];
    for (const [id, { severity, options: ruleOptions }] of Object.entries(config.rules)) {
      const rule = rulesById.get(id);
      const report = (r: Parameters<typeof toFinding>[2]): void => void findings.push(toFinding(id, severity, r));
      rule?.check?.({ path: relative, text, tree: copy, summary, options: ruleOptions, settings, report });
      // One file has no run to tell what it left unchecked: the CLI's notes say it.
      rule?.checkDocset?.({ path: relative, summary, docset, options: ruleOptions, settings, report, notChecked: () => {} });
    }
    const known = new Set(rulesById.keys());
    for (const f of applyDirectives(findings, summary.directives, known, config.rules['inline-config-invalid']?.severity)) {
      const message = file.message(f.message, { place: { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } }, ruleId: f.ruleId, source: 'faq-lint' });
      message.fatal = f.severity === 2;
    }
  };
}
