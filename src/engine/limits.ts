/**
 * What one file may cost. Enforced outside the parser: the file is parsed and checked in a
 * worker thread, which is stopped when the file takes longer than the time limit or when its heap
 * is full; the file then gets one `file-too-complex` finding and the run goes on. The figures
 * behind these numbers are in docs/guarantees.md. Numbers only (what a stopped file gets is in
 * `stopped.ts`): the CLI's entry loads this module before anything else (`guarded-thread.ts`).
 */

/**
 * Seconds a file may take by default (`--file-time-limit`). The slowest real article of the
 * corpus takes under 2 s; a 4 MB article made of real ones about 10 s on the project's machine.
 */
export const DEFAULT_FILE_TIME_LIMIT = 30;

/**
 * Heap of the worker that runs one file at a time (small runs, link targets on demand, and files
 * that ran out of memory in a pool worker): a 4 MB article made of real ones needs about 500 MB.
 */
export const FILE_HEAP_MB = 768;

/** Young generation of every worker: small, so scavenges stay cheap (see docs/performance.md). */
export const YOUNG_GENERATION_MB = 32;

/** The time limit in milliseconds, from seconds (`LintOptions.fileTimeLimit`). */
export const timeLimitMs = (seconds: number | undefined): number =>
  Math.max(1, Math.round((seconds ?? DEFAULT_FILE_TIME_LIMIT) * 1000));
