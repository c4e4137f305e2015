/**
 * The documents open in the editor: their text (what is linted instead of the disk), whether
 * they changed since they were opened or saved (for `rulesOnType`), and file URIs to paths.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** The absolute path of a `file:` URI, or undefined for any other scheme (untitled, git, ...). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The `file:` URI of an absolute path, spelled as VS Code spells it (lower-case drive letter, `%3A`). */
export function pathToUri(absolute: string): string {
  return pathToFileURL(absolute).href.replace(
    /^file:\/\/\/([A-Za-z]):/,
    (_, drive: string) => `file:///${drive.toLowerCase()}%3A`,
  );
}

/** A document's text as linted: without a BOM, which files on disk lose when read. */
export function lintedText(document: TextDocument): string {
  const text = document.getText();
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export class OpenDocuments {
  readonly documents = new TextDocuments(TextDocument);
  /** The version of each document when it was opened or last saved: a later one has unsaved edits. */
  private readonly baseVersion = new Map<string, number>();
  /** The URI each open path was opened under (paths are what the engine knows). */
  private readonly uriByPath = new Map<string, string>();

  constructor() {
    this.documents.onDidOpen(({ document }) => {
      this.baseVersion.set(document.uri, document.version);
      const absolute = uriToPath(document.uri);
      if (absolute) this.uriByPath.set(absolute, document.uri);
    });
    this.documents.onDidClose(({ document }) => {
      this.baseVersion.delete(document.uri);
      const absolute = uriToPath(document.uri);
      if (absolute && this.uriByPath.get(absolute) === document.uri) this.uriByPath.delete(absolute);
    });
    this.documents.onDidSave(({ document }) => this.baseVersion.set(document.uri, document.version));
  }

  /** True when the document was typed in since it was opened or last saved. */
  isEdited(uri: string): boolean {
    const document = this.documents.get(uri);
    return document !== undefined && document.version !== this.baseVersion.get(uri);
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  /** The open document of an absolute path, if open. */
  byPath(absolute: string): TextDocument | undefined {
    const uri = this.uriByPath.get(absolute);
    return uri === undefined ? undefined : this.documents.get(uri);
  }

  /** The URI to report a path under: the open document's, else the file URI. */
  uriOf(absolute: string): string {
    return this.uriByPath.get(absolute) ?? pathToUri(absolute);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }
}
