/**
 * `faq-lint --lsp`: the language server, over stdio, on vscode-languageserver. This module only
 * wires the protocol to the parts: the open documents (`documents.ts`), the folders and their lint
 * sessions (`workspace.ts`), and one module per feature (diagnostics, code actions, completion,
 * navigation, rename). Diagnostics are pulled (`textDocument/diagnostic`, `workspace/diagnostic`)
 * when the client can, else pushed for open documents.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../config/types.js';
import type { DiskChange, SessionFile } from '../engine/session.js';
import { VERSION } from '../meta.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { completionsAt } from './completion.js';
import { resultIdOf, toDiagnostic, zoneLinkHints } from './diagnostics.js';
import { lintedText, OpenDocuments, pathToUri, uriToPath } from './documents.js';
import { headingOnLine } from './headings.js';
import { definitionAt, hoverAt, referencesAt } from './navigation.js';
import { placeholderRange, renameEdits, RenameRefused, renameTarget } from './rename.js';
import { DEFAULT_SETTINGS, readSettings, shownOnType, type Settings } from './settings.js';
import { referenceAt, spanRange } from './targets.js';
import { indexingMessage, Workspace, type Folder, type ProgressReporter } from './workspace.js';
import { workspaceEdit } from './workspace-edit.js';
import { ChangeSignal, workspaceReport } from './workspace-report.js';

/** Files the server lints when the editor opens them. */
const LINTED = /\.(?:md|yml)$/i;

/** Send and forget: a client that refuses a request or a notification must not stop the server. */
function quietly(sent: Promise<unknown>): void {
  sent.catch(() => {});
}

/** What the command line gives the server (`--no-js-config`, `--file-time-limit`). */
export interface ServerOptions {
  allowJsConfig?: boolean;
  fileTimeLimit?: number;
}

/** Start the server on these streams (stdin and stdout); it runs until the client ends it. */
export function startServer(
  options: ServerOptions = {},
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Connection {
  const connection = createConnection(ProposedFeatures.all, input, output);
  // A failure in one request is logged; the server goes on serving the others.
  process.on('unhandledRejection', (reason) =>
    connection.console.error(
      `faq-lint: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
    ),
  );
  // stdout carries the protocol: anything logged goes to the client's log instead.
  console.log = console.info = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.warn = console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

  const open = new OpenDocuments();
  let settings: Settings = DEFAULT_SETTINGS;
  let client: ClientCapabilities = {};
  let pull = false;
  let initialFolders: string[] = [];
  /** The document version each open file was last linted at. */
  const lintedVersion = new Map<string, number>();
  /** Closed files the next workspace report must include (their open-document diagnostics are gone). */
  const mustReport = new Set<string>();
  /** Config files with an error shown on them, and the errors shown as messages. */
  const configErrors = new Set<string>();
  const shownErrors = new Set<string>();
  const changes = new ChangeSignal();

  const workspace = new Workspace(
    () => settings,
    {
      progress: async (): Promise<ProgressReporter> => {
        if (!client.window?.workDoneProgress) return { begin() {}, report() {}, done() {} };
        return connection.window.createWorkDoneProgress();
      },
      changed(files, cause) {
        if (pull) {
          if (
            files.some((file) => file !== cause && open.byPath(file)) &&
            client.workspace?.diagnostics?.refreshSupport
          )
            quietly(connection.languages.diagnostics.refresh());
        } else {
          for (const file of files) {
            const document = open.byPath(file);
            if (document) publish(document);
          }
        }
        changes.notify();
        clearConfigErrors();
      },
      failed(folder, error) {
        // Once per error, not once per keystroke while the config stays broken.
        if (!shownErrors.has(error.message))
          connection.window.showErrorMessage(`faq-lint: invalid config: ${error.message}`);
        shownErrors.add(error.message);
        showConfigError(error);
        connection.console.error(`faq-lint could not index ${folder.root}: ${error.message}`);
        changes.notify();
      },
      log: (message) => connection.console.info(message),
    },
    options,
  );

  const folderOf = (uri: string): { absolute: string; folder: Folder } | undefined => {
    const absolute = uriToPath(uri);
    const folder = absolute === undefined ? undefined : workspace.folderOf(absolute);
    return absolute !== undefined && folder ? { absolute, folder } : undefined;
  };

  /** The diagnostics of an open document now (filtered by `rulesOnType` while it has unsaved edits). */
  const diagnosticsOf = (document: TextDocument): Diagnostic[] => {
    const where = folderOf(document.uri);
    if (!where) return [];
    const edited = open.isEdited(document.uri);
    const findings = where.folder.session.findings(where.absolute) ?? [];
    const diagnostics = findings
      .filter((finding) => !edited || shownOnType(settings, finding.ruleId))
      .map(toDiagnostic);
    // Links left unchecked inside moniker ranges, when file-not-found would be shown.
    const file = where.folder.session.file(where.absolute);
    if (file?.linted && file.summary && (!edited || shownOnType(settings, 'file-not-found')))
      diagnostics.push(...zoneLinkHints(file.summary, file.relative, file.sitePrefixes));
    return diagnostics;
  };

  const publish = (document: TextDocument): void => {
    quietly(
      connection.sendDiagnostics({
        uri: document.uri,
        version: lintedVersion.get(document.uri) ?? document.version,
        diagnostics: diagnosticsOf(document),
      }),
    );
  };

  const showConfigError = (error: ConfigError): void => {
    const uri = pathToUri(error.file);
    configErrors.add(uri);
    const at = { line: (error.position?.line ?? 1) - 1, character: (error.position?.column ?? 1) - 1 };
    quietly(
      connection.sendDiagnostics({
        uri,
        diagnostics: [
          {
            range: { start: at, end: at },
            severity: 1,
            source: 'faq-lint',
            message: `${error.key ? `${error.key}: ` : ''}${error.reason}`,
          },
        ],
      }),
    );
  };

  const clearConfigErrors = (): void => {
    if (!workspace.all().every((folder) => folder.phase === 'ready')) return;
    for (const uri of configErrors) quietly(connection.sendDiagnostics({ uri, diagnostics: [] }));
    configErrors.clear();
    shownErrors.clear();
  };

  const lint = (document: TextDocument): void => {
    const absolute = uriToPath(document.uri);
    if (!absolute || !LINTED.test(absolute)) return;
    void workspace.edit(absolute, () => {
      const current = open.get(document.uri);
      if (!current) return undefined;
      lintedVersion.set(current.uri, current.version);
      return lintedText(current);
    });
  };

  /** The open document and the session's view of it, once every queued edit is linted. */
  const fileAt = async (
    uri: string,
  ): Promise<
    { document: TextDocument; file: SessionFile | undefined; folder: Folder; absolute: string } | undefined
  > => {
    await workspace.settled();
    const document = open.get(uri);
    const where = folderOf(uri);
    if (!document || !where) return undefined;
    return {
      document,
      file: where.folder.session.file(where.absolute),
      folder: where.folder,
      absolute: where.absolute,
    };
  };

  /** The same without waiting for queued edits. */
  const fileNow = (
    uri: string,
  ): { document: TextDocument; file: SessionFile | undefined; folder: Folder } | undefined => {
    const document = open.get(uri);
    const where = folderOf(uri);
    return document && where
      ? { document, file: where.folder.session.file(where.absolute), folder: where.folder }
      : undefined;
  };

  const requireIndex = (folder: Folder): void => {
    if (folder.phase !== 'ready') throw new ResponseError(LSPErrorCodes.RequestFailed, indexingMessage(folder));
  };

  connection.onInitialize((params): InitializeResult => {
    client = params.capabilities;
    pull = client.textDocument?.diagnostic !== undefined;
    settings = readSettings(params.initializationOptions);
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    initialFolders = folders.map(uriToPath).filter((folder): folder is string => folder !== undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: ['(', '/', '#', '"'] },
        definitionProvider: true,
        hoverProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        ...(pull
          ? { diagnosticProvider: { identifier: 'faq-lint', interFileDependencies: true, workspaceDiagnostics: true } }
          : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'faq-lint', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (client.workspace?.configuration)
      settings = readSettings(await connection.workspace.getConfiguration('faqLint').catch(() => undefined));
    if (client.workspace?.didChangeConfiguration?.dynamicRegistration)
      quietly(connection.client.register(DidChangeConfigurationNotification.type, { section: 'faqLint' }));
    if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      quietly(
        connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            '**/*.{md,yml,json}',
            '**/.faqlintrc.{json,yaml,yml}',
            '**/faq-lint.config.{js,mjs}',
            '**/.gitignore',
          ].map((globPattern) => ({ globPattern })),
        }),
      );
    }
    if (client.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((f) => uriToPath(f.uri)));
        const roots = [
          ...workspace
            .all()
            .map((f) => f.root)
            .filter((root) => !gone.has(root)),
          ...added.map((f) => uriToPath(f.uri)).filter((f): f is string => f !== undefined),
        ];
        workspace.setFolders(roots);
      });
    }
    workspace.setFolders(initialFolders);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const next = client.workspace?.configuration
      ? readSettings(await connection.workspace.getConfiguration('faqLint').catch(() => undefined))
      : readSettings(change.settings);
    const restart = next.config !== settings.config || next.cache !== settings.cache;
    settings = next;
    if (restart) workspace.restart();
    for (const document of open.all()) lint(document);
  });

  open.documents.onDidChangeContent(({ document }) => lint(document));
  open.documents.onDidSave(({ document }) => {
    // Rules held back while typing (`rulesOnType`) show again.
    if (pull && client.workspace?.diagnostics?.refreshSupport) quietly(connection.languages.diagnostics.refresh());
    else publish(document);
  });
  open.documents.onDidClose(({ document }) => {
    const absolute = uriToPath(document.uri);
    lintedVersion.delete(document.uri);
    if (!absolute || !LINTED.test(absolute)) return;
    mustReport.add(document.uri);
    void workspace.edit(absolute, () => undefined);
    if (!pull) quietly(connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
  });

  connection.onDidChangeWatchedFiles(({ changes: events }) => {
    const kinds: Record<number, DiskChange['kind']> = {
      [FileChangeType.Created]: 'created',
      [FileChangeType.Changed]: 'changed',
      [FileChangeType.Deleted]: 'deleted',
    };
    const disk = events.flatMap((event) => {
      const absolute = uriToPath(event.uri);
      return absolute ? [{ absolute, kind: kinds[event.type] ?? 'changed' }] : [];
    });
    void workspace.diskChanged(disk);
  });

  connection.languages.diagnostics.on(async (params) => {
    const found = await fileAt(params.textDocument.uri);
    const items = found ? diagnosticsOf(found.document) : [];
    const resultId = resultIdOf(items);
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  });

  connection.languages.diagnostics.onWorkspace((params, token) =>
    workspaceReport({
      workspace,
      previous: new Map(params.previousResultIds.map(({ uri, value }) => [uri, value])),
      skip: (absolute, uri) => open.get(uri) !== undefined || !LINTED.test(absolute),
      mustReport,
      changes,
      token,
    }),
  );

  // Not waiting for the keystroke's re-lint: the line is the editor's now, and a page's ids do not
  // change with what is typed after `#` (this page's own may be one keystroke old).
  connection.onCompletion(({ textDocument, position }) => {
    const found = fileNow(textDocument.uri);
    if (!found) return null;
    const line = found.document
      .getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } })
      .replace(/\r?\n$|\r$/, '');
    return completionsAt(found.file, line, position, found.folder.phase === 'ready');
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const found = await fileAt(textDocument.uri);
    return found?.file ? definitionAt(found.file, position) : null;
  });

  connection.onHover(async ({ textDocument, position }) => {
    const found = await fileAt(textDocument.uri);
    if (!found?.file) return null;
    return hoverAt(found.file, position, found.folder.phase === 'ready' ? undefined : indexingMessage(found.folder));
  });

  connection.onReferences(async ({ textDocument, position, context }) => {
    const found = await fileAt(textDocument.uri);
    if (!found?.file) return null;
    requireIndex(found.folder);
    return referencesAt(found.folder.session, found.file, position, context.includeDeclaration);
  });

  connection.onPrepareRename(async ({ textDocument, position }) => {
    const found = await fileAt(textDocument.uri);
    if (!found?.file) return null;
    requireIndex(found.folder);
    try {
      const target = renameTarget(found.folder.session, found.file, position);
      // On the heading: its text; on a bookmark: the link.
      const onHeading = found.file.summary && headingOnLine(found.file.summary, position.line + 1);
      const reference = referenceAt(found.file.summary, position);
      const range = onHeading
        ? placeholderRange(found.file, target, lintedText(found.document))
        : reference && spanRange(reference.span);
      return range ? { range, placeholder: target.placeholder } : null;
    } catch (error) {
      if (error instanceof RenameRefused) throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
      throw error;
    }
  });

  connection.onRenameRequest(async ({ textDocument, position, newName }) => {
    const found = await fileAt(textDocument.uri);
    if (!found?.file) return null;
    requireIndex(found.folder);
    const { session } = found.folder;
    try {
      const edits = renameEdits(session, found.file, renameTarget(session, found.file, position), newName);
      return workspaceEdit(
        edits,
        open,
        (absolute) => session.text(absolute) ?? '',
        client.workspace?.workspaceEdit?.documentChanges === true,
      );
    } catch (error) {
      if (error instanceof RenameRefused) throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
      throw error;
    }
  });

  connection.onCodeAction(async ({ textDocument, context }) => {
    const found = await fileAt(textDocument.uri);
    if (!found?.file) return [];
    const { session } = found.folder;
    const text = session.text(found.absolute);
    // Offsets are into the text linted: only when it is the document's.
    if (text === undefined || text !== lintedText(found.document)) return [];
    const findings = session.findings(found.absolute) ?? [];
    return codeActions({
      document: found.document,
      text,
      summary: found.file.summary,
      findings,
      diagnostics: context.diagnostics,
      only: context.only,
    });
  });

  connection.onShutdown(() => workspace.close());

  open.documents.listen(connection);
  connection.listen();
  return connection;
}
