/**
 * Edits of files (offsets into their text) as an LSP workspace edit: positions from the open
 * document when the file is open (its version pinned, a BOM counted), from the text on disk
 * otherwise; versioned document edits when the client takes them, else plain changes.
 */
import type { TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { LineIndex } from '../text/line-index.js';
import { lintedText, pathToUri, type OpenDocuments } from './documents.js';
import type { FileEdit } from './rename.js';

export function workspaceEdit(
  edits: readonly FileEdit[],
  open: OpenDocuments,
  textOf: (absolute: string) => string,
  documentChanges: boolean,
): WorkspaceEdit {
  const byFile = new Map<string, FileEdit[]>();
  for (const edit of edits) byFile.set(edit.absolute, [...(byFile.get(edit.absolute) ?? []), edit]);
  const changes: TextDocumentEdit[] = [];
  for (const [absolute, fileEdits] of byFile) {
    const document = open.byPath(absolute);
    const shift = document ? document.getText().length - lintedText(document).length : 0;
    const lines = document ? undefined : new LineIndex(textOf(absolute));
    const position = (offset: number): { line: number; character: number } => {
      if (document) return document.positionAt(offset + shift);
      const point = lines!.point(offset);
      return { line: point.line - 1, character: point.column - 1 };
    };
    const textEdits = fileEdits.map((edit): TextEdit => ({
      range: { start: position(edit.range[0]), end: position(edit.range[1]) },
      newText: edit.text,
    }));
    changes.push({
      textDocument: { uri: document?.uri ?? pathToUri(absolute), version: document?.version ?? null },
      edits: textEdits,
    });
  }
  if (documentChanges) return { documentChanges: changes };
  return {
    changes: Object.fromEntries(changes.map((change) => [change.textDocument.uri, change.edits as TextEdit[]])),
  };
}
