/**
 * The server's folders and their lint sessions: one `LintSession` per workspace folder (and one
 * per docset for a file opened outside every folder), each indexed in the background with
 * progress, and one queue through which every edit and disk change reaches them in order, so a
 * feature that waits for `settled()` sees the editor's latest text linted.
 */
import path from 'node:path';
import { ConfigError } from '../config/types.js';
import { findRoots, isInside } from '../docset/root.js';
import { LintSession, type DiskChange, type SessionFile, type SessionOptions } from '../engine/session.js';
import type { Settings } from './settings.js';

/** Where a folder's index is. */
export type Phase = 'waiting' | 'indexing' | 'ready' | 'failed';

export interface Folder {
  /** Absolute path. */
  root: string;
  session: LintSession;
  phase: Phase;
  /** Files processed of the files to index (while indexing). */
  done: number;
  total: number;
  /** Why indexing failed (a config error), when it did. */
  error?: string;
}

/** Reports the progress of one indexing run (`window/workDoneProgress`, or nothing). */
export interface ProgressReporter {
  begin(title: string, percentage?: number, message?: string): void;
  report(percentage: number, message: string): void;
  done(): void;
}

export interface WorkspaceHooks {
  /** A progress reporter for an indexing run. */
  progress(): Promise<ProgressReporter>;
  /** The findings of these linted files may have changed (absolute paths); `cause` is the edited file. */
  changed(files: readonly string[], cause?: string): void;
  /** A folder's index could not be built: a config error. */
  failed(folder: Folder, error: ConfigError): void;
  log(message: string): void;
}

/** How long indexing waits for the client to accept a progress token before starting without one. */
const PROGRESS_TIMEOUT_MS = 10_000;

export class Workspace {
  private folders: Folder[] = [];
  /** Set once the client's folders are known (`setFolders`): before, no folder is made for a file. */
  private started = false;
  private start!: () => void;
  private readonly whenStarted = new Promise<void>((resolve) => (this.start = resolve));
  private queue: Promise<void> = Promise.resolve();
  /** Files with an edit queued (the latest text is read when its turn comes). */
  private readonly pending = new Map<string, () => string | undefined>();

  constructor(
    private readonly settings: () => Settings,
    private readonly hooks: WorkspaceHooks,
    /** What the command line gave the server, for every session. */
    private readonly engine: Pick<SessionOptions, 'allowJsConfig' | 'fileTimeLimit'> = {},
  ) {}

  /** Index these folders (absolute paths); folders no longer listed are dropped. */
  setFolders(roots: readonly string[]): void {
    this.started = true;
    this.start();
    const kept = this.folders.filter((folder) => roots.includes(folder.root));
    for (const folder of this.folders) if (!kept.includes(folder)) void folder.session.close();
    const added = roots
      .filter((root) => !kept.some((folder) => folder.root === root))
      .map((root) => this.newFolder(root));
    this.folders = [...kept, ...added];
    for (const folder of added) void this.index(folder);
  }

  /** Every folder's session again (the settings changed): drop and re-index. */
  restart(): void {
    const roots = this.folders.map((folder) => folder.root);
    void this.close();
    this.setFolders(roots);
  }

  /** Stop every session's worker thread (shutdown). */
  async close(): Promise<void> {
    const folders = this.folders;
    this.folders = [];
    await Promise.all(folders.map((folder) => folder.session.close()));
  }

  all(): readonly Folder[] {
    return this.folders;
  }

  /**
   * The folder that lints `absolute`: the deepest workspace folder holding it, else a folder that
   * covers it through a docset, else a new one at its docset root (as the CLI finds it).
   * Undefined until the client's folders are known (a file opened while the server starts would
   * otherwise get a folder of its own beside the workspace's).
   */
  folderOf(absolute: string): Folder | undefined {
    if (!this.started) return undefined;
    const holding = this.folders
      .filter((folder) => isInside(absolute, folder.root))
      .sort((a, b) => b.root.length - a.root.length)[0];
    if (holding) return holding;
    const covering = this.folders.find((folder) => folder.session.covers(absolute));
    if (covering) return covering;
    const root = findRoots(path.dirname(absolute), path.dirname(absolute)).docsetRoot;
    const folder = this.newFolder(root);
    this.folders.push(folder);
    void this.index(folder);
    return folder;
  }

  /** The session's view of a file (undefined when no docset of its folder has it). */
  file(absolute: string): SessionFile | undefined {
    return this.folderOf(absolute)?.session.file(absolute);
  }

  /**
   * Lint `absolute` from `text()` (read when its turn comes: the latest text; undefined: from the
   * disk again, the editor closed it). Resolves once done.
   */
  edit(absolute: string, text: () => string | undefined): Promise<void> {
    const queued = this.pending.has(absolute);
    this.pending.set(absolute, text);
    if (queued) return this.queue;
    return this.enqueue(async () => {
      await this.whenStarted;
      await messagesReadFirst();
      const latest = this.pending.get(absolute);
      this.pending.delete(absolute);
      const folder = this.folderOf(absolute)!;
      const affected = await folder.session.setText(absolute, latest?.());
      this.hooks.changed(affected, absolute);
    });
  }

  /** Follow changes on disk (`workspace/didChangeWatchedFiles`). */
  diskChanged(changes: readonly DiskChange[]): Promise<void> {
    return this.enqueue(async () => {
      await this.whenStarted;
      for (const folder of this.folders) {
        const mine = changes.filter((change) => folder.session.covers(change.absolute));
        if (mine.length === 0) continue;
        const { affected, reindex } = await folder.session.filesChanged(mine);
        if (reindex) void this.index(folder);
        else this.hooks.changed(affected);
      }
    });
  }

  /** Resolves when every queued edit and change is done. */
  async settled(): Promise<void> {
    await this.whenStarted;
    let tail: Promise<void>;
    do {
      tail = this.queue;
      await tail;
    } while (tail !== this.queue);
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch((error: unknown) => this.report(error));
    return this.queue;
  }

  private newFolder(root: string): Folder {
    const settings = this.settings();
    const session = new LintSession({
      ...this.engine,
      cwd: root,
      configFile: settings.config || undefined,
      cache: settings.cache,
      warn: (message) => this.hooks.log(message),
    });
    return { root, session, phase: 'waiting', done: 0, total: 0 };
  }

  /** Index a folder with progress; its open files get their full findings when it is done. */
  private async index(folder: Folder): Promise<void> {
    folder.phase = 'waiting';
    const progress = await Promise.race([
      this.hooks.progress(),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), PROGRESS_TIMEOUT_MS).unref()),
    ]);
    folder.phase = 'indexing';
    progress?.begin('faq-lint', 0, `Indexing ${path.basename(folder.root)}`);
    let last = 0;
    try {
      await folder.session.index((done, total) => {
        folder.done = done;
        folder.total = total;
        const now = Date.now();
        if (now - last < 100 && done < total) return;
        last = now;
        progress?.report(
          Math.floor((done / Math.max(1, total)) * 100),
          `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files`,
        );
      });
      folder.phase = 'ready';
      delete folder.error;
      this.hooks.log(`Indexed ${folder.root}: ${folder.session.files().length} files`);
      this.hooks.changed(folder.session.files());
    } catch (error) {
      folder.phase = 'failed';
      folder.error = error instanceof Error ? error.message : String(error);
      if (error instanceof ConfigError) this.hooks.failed(folder, error);
      else this.report(error);
    } finally {
      progress?.done();
    }
  }

  private report(error: unknown): void {
    if (error instanceof ConfigError) {
      const folder = this.folders.find((f) => isInside(error.file, f.root));
      if (folder) this.hooks.failed(folder, error);
      return;
    }
    this.hooks.log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

/**
 * Let the requests already read from the client be answered before a re-lint takes the thread: a
 * completion asked right after the keystroke that triggered it waits for no parse. (The message
 * queue hands out one message per `setImmediate`; two hops put this after the next one.)
 */
async function messagesReadFirst(): Promise<void> {
  for (let hop = 0; hop < 2; hop++) await new Promise((resolve) => setImmediate(resolve));
}

/** A sentence for a request answered before a folder's index is complete. */
export function indexingMessage(folder: Folder): string {
  if (folder.phase === 'failed') return `faq-lint could not index ${folder.root}: ${folder.error ?? 'unknown error'}`;
  const where =
    folder.total > 0
      ? ` (${folder.done.toLocaleString('en-US')} of ${folder.total.toLocaleString('en-US')} files)`
      : '';
  return `faq-lint is still indexing ${path.basename(folder.root)}${where}; try again when it is done`;
}
