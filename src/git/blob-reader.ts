/**
 * Versions of files read from git through one `git cat-file --batch` process per repository,
 * for changed mode, which reads two or three versions of every changed file (the base, the index,
 * once to select what to lint and once to lint it): a `git show` per version cost a process start
 * each. Each version is read once per run and remembered. Same size cap and decoding as files on
 * disk (`sourceFromBytes`); a version that does not exist (a new file) is undefined.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { MAX_FILE_BYTES, overLimit } from '../source/read.js';
import { sourceFromBytes, type Source } from '../source/text.js';
import { posixRelative } from '../text/posix-path.js';
import { fileAtRef, fileInIndex } from './git.js';

/** One object asked for, waiting for its answer. */
interface Request {
  resolve(source: Source | undefined): void;
}

/** The answer being received: its header was read, `size` bytes and a newline follow. */
interface Receiving {
  request: Request;
  type: string;
  size: number;
  chunks: Buffer[];
  received: number;
}

/** One `git cat-file --batch` process: object names in, one answer each, in order. */
class CatFile {
  private readonly child: ChildProcessByStdio<Writable, Readable, null>;
  private readonly waiting: Request[] = [];
  private buffered: Buffer = Buffer.alloc(0);
  private receiving: Receiving | undefined;
  private failed = false;

  constructor(repo: string) {
    this.child = spawn('git', ['cat-file', '--batch'], {
      cwd: repo,
      stdio: ['pipe', 'pipe', 'ignore'],
      windowsHide: true,
    });
    // It keeps the process alive only while an answer is awaited (see `busy`): a run that ends
    // without `close` (an exception) must still exit. A process that fails answers "absent".
    this.child.unref();
    (this.child.stdin as Writable & { unref?(): void }).unref?.();
    this.busy(false);
    this.child.on('error', () => this.fail());
    // 'close', not 'exit': only then has every answer git wrote been received.
    this.child.on('close', () => this.fail());
    this.child.stdin.on('error', () => this.fail());
    this.child.stdout.on('data', (data: Buffer) => this.receive(data));
  }

  read(object: string): Promise<Source | undefined> {
    if (this.failed) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.busy(true);
      this.waiting.push({
        resolve: (source) => {
          if (this.waiting.length === 0 && !this.receiving) this.busy(false);
          resolve(source);
        },
      });
      this.child.stdin.write(`${object}\n`);
    });
  }

  private busy(awaited: boolean): void {
    const stdout = this.child.stdout as Readable & { ref?(): void; unref?(): void };
    if (awaited) stdout.ref?.();
    else stdout.unref?.();
  }

  close(): void {
    this.child.stdin.end();
  }

  private fail(): void {
    this.failed = true;
    if (this.receiving) this.waiting.unshift(this.receiving.request);
    this.receiving = undefined;
    for (const request of this.waiting.splice(0)) request.resolve(undefined);
  }

  private receive(data: Buffer): void {
    this.buffered = this.buffered.length === 0 ? data : Buffer.concat([this.buffered, data]);
    for (;;) {
      if (!this.receiving) {
        const end = this.buffered.indexOf(10);
        if (end === -1) return;
        const header = this.buffered.subarray(0, end).toString('utf8');
        this.buffered = this.buffered.subarray(end + 1);
        const request = this.waiting.shift();
        if (!request) continue;
        // `<oid> <type> <size>`, or `<object> missing` / `<object> ambiguous`.
        const match = / (\w+) (\d+)$/.exec(header);
        if (!match) {
          request.resolve(undefined);
          continue;
        }
        this.receiving = { request, type: match[1]!, size: Number(match[2]), chunks: [], received: 0 };
      }
      const receiving = this.receiving;
      // The content, then a newline; content past the size cap is counted, not kept.
      const wanted = receiving.size + 1 - receiving.received;
      const part = this.buffered.subarray(0, wanted);
      this.buffered = this.buffered.subarray(part.length);
      if (receiving.size <= MAX_FILE_BYTES) receiving.chunks.push(part);
      receiving.received += part.length;
      if (receiving.received < receiving.size + 1) return;
      this.receiving = undefined;
      receiving.request.resolve(answer(receiving));
    }
  }
}

/** A received object as a version of a file: only a blob is one (a folder or submodule is not). */
function answer({ type, size, chunks }: Receiving): Source | undefined {
  if (type !== 'blob') return undefined;
  if (size > MAX_FILE_BYTES) return { ok: false, reason: overLimit() };
  return sourceFromBytes(Buffer.concat(chunks).subarray(0, size));
}

/** The versions of files changed mode reads, per repository; `close` at the end of the run. */
export class GitBlobReader {
  private readonly processes = new Map<string, CatFile>();
  private readonly versions = new Map<string, Promise<Source | undefined>>();

  /** A file at a commit (text, or why it cannot be linted), or undefined when it does not exist there. */
  fileAtRef(repo: string, commit: string, absolute: string): Promise<Source | undefined> {
    const relative = posixRelative(repo, absolute);
    // A name with a newline cannot be asked through the batch: `git show` reads it.
    if (relative.includes('\n')) return fileAtRef(repo, commit, absolute);
    return this.version(repo, `${commit}:${relative}`);
  }

  /** A file's staged version (the index, stage 0), or undefined when it is not in the index. */
  fileInIndex(repo: string, absolute: string): Promise<Source | undefined> {
    const relative = posixRelative(repo, absolute);
    if (relative.includes('\n')) return fileInIndex(repo, absolute);
    return this.version(repo, `:0:${relative}`);
  }

  /** End the git processes (each ends when its input does). */
  close(): void {
    for (const catFile of this.processes.values()) catFile.close();
    this.processes.clear();
    this.versions.clear();
  }

  private version(repo: string, object: string): Promise<Source | undefined> {
    const key = `${path.resolve(repo)}\0${object}`;
    let version = this.versions.get(key);
    if (!version) {
      let catFile = this.processes.get(repo);
      if (!catFile) this.processes.set(repo, (catFile = new CatFile(repo)));
      version = catFile.read(object);
      this.versions.set(key, version);
    }
    return version;
  }
}
