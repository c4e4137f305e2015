/**
 * Code actions on faq-lint's diagnostics, as the ESLint extension offers them: fix this problem,
 * each "did you mean", fix all of this rule in this file, fix all auto-fixable problems, and
 * disable the rule for this line (writing the inline comment). Also `source.fixAll.faq-lint`,
 * for `editor.codeActionsOnSave`.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { selectFixes } from '../fix/apply-fixes.js';
import { suggestionEdit } from '../fix/suggestion-edit.js';
import type { FileSummary, Finding, Fix } from '../types.js';
import { isFindingOf } from './diagnostics.js';
import { disableComment } from './disable-comment.js';

/** The kind of faq-lint's "fix all" source action. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.faq-lint`;

export interface ActionInput {
  document: TextDocument;
  /** The text linted (the document's, without a BOM) and its summary and findings. */
  text: string;
  summary: FileSummary | undefined;
  findings: readonly Finding[];
  /** The diagnostics the client asks about. */
  diagnostics: readonly Diagnostic[];
  /** `context.only`: the kinds wanted. */
  only?: readonly string[];
}

const wanted = (only: readonly string[] | undefined, kind: string): boolean =>
  !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

/** The code actions for these diagnostics (and the file's fix-all actions). */
export function codeActions({ document, text, summary, findings, diagnostics, only }: ActionInput): CodeAction[] {
  // Offsets are into the text without a BOM; the document may have one.
  const shift = document.getText().length - text.length;
  const edit = (fixes: readonly Fix[]): WorkspaceEdit => ({
    changes: {
      [document.uri]: fixes.map((fix): TextEdit => ({
        range: { start: document.positionAt(fix.range[0] + shift), end: document.positionAt(fix.range[1] + shift) },
        newText: fix.text,
      })),
    },
  });
  const actions: CodeAction[] = [];
  const fixable = findings.filter((finding) => finding.fix);
  if (wanted(only, CodeActionKind.QuickFix)) {
    const offered = new Set<string>();
    for (const diagnostic of diagnostics) {
      const finding = findings.find((f) => isFindingOf(f, diagnostic));
      if (!finding) continue;
      const { ruleId } = finding;
      if (finding.fix)
        actions.push({
          title: `Fix this ${ruleId} problem`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: edit(selectFixes(text, [finding.fix])),
        });
      for (const suggestion of finding.suggestions ?? []) {
        const fix = summary && suggestionEdit(text, summary, finding, suggestion);
        if (!fix || fix === finding.fix) continue;
        actions.push({
          title: `Change to '${suggestion}'`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: !finding.fix && finding.suggestions!.length === 1,
          edit: edit([fix]),
        });
      }
      const ofRule = fixable.filter((f) => f.ruleId === ruleId);
      if (finding.fix && ofRule.length > 1 && !offered.has(`all:${ruleId}`)) {
        offered.add(`all:${ruleId}`);
        actions.push({
          title: `Fix all ${ruleId} problems in this file`,
          kind: CodeActionKind.QuickFix,
          edit: edit(
            selectFixes(
              text,
              ofRule.map((f) => f.fix!),
            ),
          ),
        });
      }
      const disable = summary && disableComment(text, summary, finding.line, ruleId);
      if (disable && !offered.has(`disable:${ruleId}:${finding.line}`)) {
        offered.add(`disable:${ruleId}:${finding.line}`);
        actions.push({
          title: `Disable ${ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit([{ range: [disable.offset, disable.offset], text: disable.text }]),
        });
      }
    }
    if (fixable.length > 1 && actions.some((action) => action.isPreferred && action.title.startsWith('Fix this'))) {
      actions.push({
        title: 'Fix all auto-fixable faq-lint problems',
        kind: CodeActionKind.QuickFix,
        edit: edit(
          selectFixes(
            text,
            fixable.map((f) => f.fix!),
          ),
        ),
      });
    }
  }
  if (only && wanted(only, FIX_ALL_KIND) && fixable.length > 0) {
    actions.push({
      title: 'Fix all auto-fixable faq-lint problems',
      kind: FIX_ALL_KIND,
      edit: edit(
        selectFixes(
          text,
          fixable.map((f) => f.fix!),
        ),
      ),
    });
  }
  return actions;
}
