/**
 * A real LSP client for the tests: starts `faq-lint --lsp` (the built CLI) as a child process and
 * talks to it over stdio with vscode-jsonrpc, the library VS Code's own client is built on.
 * It answers the server's requests (progress tokens, registrations, configuration), records
 * what the server pushes (diagnostics, progress), and applies workspace edits to texts.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO_ROOT } from '../helpers.js';

export const BIN = path.join(REPO_ROOT, 'bin', 'faq-lint.js');

export const uriOf = (file: string): string => pathToFileURL(file).href;

export interface ClientOptions {
  /** Workspace folders (absolute). */
  folders: string[];
  capabilities?: ClientCapabilities;
  /** Answer of `workspace/configuration` (section faqLint) and the initialization options. */
  settings?: Record<string, unknown>;
  /** Held until resolved: the answer to `window/workDoneProgress/create` (the server indexes after it). */
  progressGate?: Promise<void>;
  /** Held until resolved: the answer to `workspace/configuration` (the server reads its settings first). */
  configurationGate?: Promise<void>;
  env?: Record<string, string>;
  /** The script to start with `--lsp` (default: bin/faq-lint.js, the built CLI). */
  script?: string;
  /** Or the whole command line to start (a documented one: `npx faq-lint --lsp`). */
  command?: string[];
}

/** What a client that pulls diagnostics and takes everything else declares (VS Code-like). */
export const PULL_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    rename: { prepareSupport: true },
  },
  workspace: {
    diagnostics: { refreshSupport: true },
    workspaceEdit: { documentChanges: true },
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  window: { workDoneProgress: true },
};

/** A client that only takes pushed diagnostics (as Neovim before 0.10). */
export const PUSH_CAPABILITIES: ClientCapabilities = {
  textDocument: { rename: { prepareSupport: true } },
  workspace: { workspaceEdit: { documentChanges: false }, configuration: true },
  window: { workDoneProgress: true },
};

export class LspClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcessWithoutNullStreams;
  /** Latest pushed diagnostics per URI, with the document version they are for. */
  readonly published = new Map<string, PublishDiagnosticsParams>();
  /** Every `$/progress` value received, in order. */
  readonly progress: { kind: string; message?: string; percentage?: number }[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  refreshes = 0;
  /** Messages shown to the user (`window/showMessageRequest`). */
  readonly messages: string[] = [];
  stderr = '';
  private readonly waiters: (() => void)[] = [];
  private readonly documents = new Map<string, TextDocument>();

  constructor(private readonly options: ClientOptions) {
    const [program, ...args] = options.command ?? [process.execPath, options.script ?? BIN, '--lsp', '--stdio'];
    this.child = spawn(program!, args, {
      cwd: options.folders[0] ?? REPO_ROOT,
      env: { ...process.env, ...options.env },
    });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout),
      new StreamMessageWriter(this.child.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params);
      this.wake();
    });
    this.connection.onNotification(
      '$/progress',
      (params: { value: { kind: string; message?: string; percentage?: number } }) => {
        this.progress.push(params.value);
        this.wake();
      },
    );
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.onNotification('window/showMessage', () => {});
    this.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      this.messages.push(params.message);
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', async () => {
      await options.progressGate;
      return null;
    });
    this.connection.onRequest(
      'client/registerCapability',
      (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
        this.registrations.push(...params.registrations);
        return null;
      },
    );
    this.connection.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
      await options.configurationGate;
      return params.items.map(() => options.settings ?? {});
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.wake();
      return null;
    });
    this.connection.listen();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Resolves when `ready()` holds, checked after each message; rejects after `ms`. */
  async until<T>(ready: () => T | undefined | false, what: string, ms = 30_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = ready();
      if (value) return value;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async initialize(): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: this.options.folders[0] ? uriOf(this.options.folders[0]) : null,
      workspaceFolders: this.options.folders.map((folder) => ({ uri: uriOf(folder), name: path.basename(folder) })),
      capabilities: this.options.capabilities ?? PULL_CAPABILITIES,
      initializationOptions: this.options.settings ?? {},
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves when an indexing run has ended (`$/progress` end). */
  indexed(count = 1): Promise<true> {
    return this.until(
      () => this.progress.filter((p) => p.kind === 'end').length >= count || undefined,
      'the end of indexing',
    );
  }

  /** Open a file with its text on disk (or `text`). */
  async open(file: string, text = readFileSync(file, 'utf8')): Promise<string> {
    const uri = uriOf(file);
    this.documents.set(uri, TextDocument.create(uri, 'markdown', 1, text));
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    return uri;
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.documents.get(uri)!.version;
  }

  /** Apply edits to an open document and tell the server (incremental sync). */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const document = this.documents.get(uri)!;
    const version = document.version + 1;
    const updated = TextDocument.create(uri, document.languageId, version, TextDocument.applyEdits(document, edits));
    this.documents.set(uri, updated);
    // Content changes apply one after the other: from the last edit backwards, each range still holds.
    const backwards = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: backwards.map((e) => ({ range: e.range, text: e.newText })),
    });
    return version;
  }

  /** Replace the first occurrence of `from` with `to` in an open document. */
  async replace(uri: string, from: string, to: string): Promise<number> {
    const document = this.documents.get(uri)!;
    const offset = document.getText().indexOf(from);
    if (offset === -1) throw new Error(`'${from}' is not in ${uri}`);
    return this.edit(uri, [
      { range: { start: document.positionAt(offset), end: document.positionAt(offset + from.length) }, newText: to },
    ]);
  }

  /** Apply a workspace edit to the open documents (as an editor does); returns the URIs edited. */
  async apply(edit: WorkspaceEdit): Promise<string[]> {
    const byUri = new Map<string, TextEdit[]>();
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, edits);
    for (const change of edit.documentChanges ?? [])
      if ('textDocument' in change) byUri.set(change.textDocument.uri, change.edits as TextEdit[]);
    for (const [uri, edits] of byUri) {
      if (!this.documents.has(uri)) await this.open(path.resolve(new URL(uri).pathname));
      await this.edit(uri, edits);
    }
    return [...byUri.keys()];
  }

  /** The latest pushed diagnostics of a URI once they are for `version` and `ready` holds. */
  pushed(
    uri: string,
    version: number,
    ready: (diagnostics: Diagnostic[]) => boolean = () => true,
  ): Promise<Diagnostic[]> {
    return this.until(() => {
      const params = this.published.get(uri);
      return params && params.version === version && ready(params.diagnostics) ? params.diagnostics : undefined;
    }, `diagnostics of ${uri} at version ${version}`);
  }

  /** Pull the diagnostics of a document. */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<{ kind: string; items?: Diagnostic[] }>(
      'textDocument/diagnostic',
      { textDocument: { uri } },
    );
    return report.items ?? [];
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Shut the server down and wait for it to exit; its exit code. */
  async close(): Promise<number | null> {
    const exited =
      this.child.exitCode !== null
        ? Promise.resolve(this.child.exitCode)
        : new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    if (this.child.exitCode === null) {
      await this.connection.sendRequest('shutdown').catch(() => {});
      await this.connection.sendNotification('exit').catch(() => {});
    }
    const code = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000))]);
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
    return code;
  }
}

/** A diagnostic as a compact, assertable row: `line:col rule message`. */
export const row = (d: Diagnostic): string =>
  `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${messageOf(d).split('\n')[0]}`;

/** A diagnostic's message as text. */
export const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);
