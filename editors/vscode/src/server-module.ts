/**
 * Which faq-lint runs the language server: the workspace's own (`node_modules/faq-lint`, so the
 * editor reports exactly what the project's CLI and CI report) when it has a language server,
 * else the copy bundled with the extension. Pure: the file system is asked through `exists`.
 */
import path from 'node:path';

export interface ServerModule {
  /** The script to run with `--lsp`. */
  module: string;
  origin: 'workspace' | 'bundled';
  /** Why the bundled copy runs although the workspace has faq-lint (too old to have a server). */
  note?: string;
}

/** The server module for these workspace folders (absolute paths), in order of preference. */
export function serverModule(
  folders: readonly string[],
  extensionPath: string,
  useWorkspace: boolean,
  exists: (file: string) => boolean,
): ServerModule {
  const bundled: ServerModule = { module: path.join(extensionPath, 'server', 'faq-lint.mjs'), origin: 'bundled' };
  if (!useWorkspace) return bundled;
  for (const folder of folders) {
    const installed = path.join(folder, 'node_modules', 'faq-lint');
    if (!exists(path.join(installed, 'package.json'))) continue;
    // The language server came with faq-lint 0.2; an older install has no --lsp.
    if (exists(path.join(installed, 'dist', 'src', 'lsp', 'server.js')))
      return { module: path.join(installed, 'bin', 'faq-lint.js'), origin: 'workspace' };
    return { ...bundled, note: `${installed} has no language server (an older faq-lint): using the bundled copy` };
  }
  return bundled;
}
