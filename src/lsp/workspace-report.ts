/**
 * `workspace/diagnostic`: the findings of the closed files, long-polling as the protocol intends.
 * Answered when some file's report differs from the one the client has (or a file with findings
 * is new to it), else held until a change (`ChangeSignal`) or the client cancels. Open files are
 * left to document pulls; a file just closed is reported even when clean, so the client drops what
 * its document pull showed.
 */
import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { Finding } from '../types.js';
import { reportOf } from './diagnostics.js';
import { pathToUri } from './documents.js';
import type { Workspace } from './workspace.js';

const NO_FINDINGS: readonly Finding[] = [];

/** Resolves waiters when findings may have changed. */
export class ChangeSignal {
  private waiters: (() => void)[] = [];

  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  wait(token: CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      token.onCancellationRequested(() => resolve());
    });
  }
}

export interface ReportInput {
  workspace: Workspace;
  /** The client's result ids, by URI. */
  previous: ReadonlyMap<string, string>;
  /** True for an open document (reported by document pulls) or a file not linted on open. */
  skip(this: void, absolute: string, uri: string): boolean;
  /** Closed files to report even when clean; reported ones are removed. */
  mustReport: Set<string>;
  changes: ChangeSignal;
  token: CancellationToken;
}

export async function workspaceReport({
  workspace,
  previous,
  skip,
  mustReport,
  changes,
  token,
}: ReportInput): Promise<WorkspaceDiagnosticReport> {
  while (!token.isCancellationRequested) {
    await workspace.settled();
    if (workspace.all().every((folder) => folder.phase === 'ready' || folder.phase === 'failed')) {
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      let counted = 0;
      for (const folder of workspace.all()) {
        for (const absolute of folder.session.files()) {
          // Thousands of files: let edits through now and then.
          if (++counted % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
          if (token.isCancellationRequested) return { items: [] };
          const uri = pathToUri(absolute);
          if (skip(absolute, uri)) continue;
          const { diagnostics, resultId } = reportOf(folder.session.findings(absolute) ?? NO_FINDINGS);
          const before = previous.get(uri);
          if (before === resultId || (before === undefined && diagnostics.length === 0 && !mustReport.has(uri)))
            continue;
          mustReport.delete(uri);
          items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: diagnostics });
        }
      }
      if (items.length > 0) return { items };
    }
    await changes.wait(token);
  }
  return { items: [] };
}
