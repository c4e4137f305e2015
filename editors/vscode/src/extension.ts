/**
 * The faq-lint extension: a thin client. It starts `faq-lint --lsp` (the workspace's faq-lint, or
 * the bundled copy) with vscode-languageclient and lets the server do everything: diagnostics,
 * quick fixes, completion, navigation and rename.
 */
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { serverModule } from './server-module.js';

let client: LanguageClient | undefined;

/** Settings that need a new server process (the others reach the running server). */
const RESTART_SETTINGS = ['faqLint.enable', 'faqLint.useWorkspaceFaqLint', 'faqLint.nodePath'];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('faq-lint', { log: true });
  context.subscriptions.push(output);

  const start = async (): Promise<void> => {
    const settings = vscode.workspace.getConfiguration('faqLint');
    if (!settings.get<boolean>('enable', true)) return;
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath);
    const server = serverModule(
      folders,
      context.extensionPath,
      settings.get<boolean>('useWorkspaceFaqLint', true),
      existsSync,
    );
    if (server.note) output.warn(server.note);
    output.info(`Starting the faq-lint language server: ${server.module} (${server.origin})`);
    const run = {
      module: server.module,
      args: ['--lsp'],
      transport: TransportKind.stdio,
      runtime: settings.get<string>('nodePath') || undefined,
    };
    const serverOptions: ServerOptions = { run, debug: run };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'file', language: 'yaml' },
      ],
      synchronize: { configurationSection: 'faqLint' },
      outputChannel: output,
      // Pull diagnostics as the user types and saves; the server asks for a refresh when an edit
      // in one file changes another's (a renamed heading).
      diagnosticPullOptions: { onChange: true, onSave: true },
    };
    client = new LanguageClient('faqLint', 'faq-lint', serverOptions, clientOptions);
    await client.start();
  };

  const restart = async (): Promise<void> => {
    await client?.stop();
    client = undefined;
    await start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('faqLint.restart', restart),
    vscode.commands.registerCommand('faqLint.showOutput', () => output.show()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (RESTART_SETTINGS.some((setting) => event.affectsConfiguration(setting))) void restart();
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
