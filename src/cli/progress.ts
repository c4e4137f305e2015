/**
 * The progress line on stderr: "faq-lint: 1234/9751 files". Shown only on a terminal, never in CI
 * (`CI` set) or when stderr is piped, and only once a run has lasted `delayMs`, so short runs
 * print nothing. The line is erased when the run ends, leaving the report alone on the screen.
 */

/** Runs shorter than this show no progress. */
export const PROGRESS_DELAY_MS = 2000;
/** At most one redraw per this many milliseconds. */
const REDRAW_MS = 100;

export interface ProgressTarget {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** True when a progress line may be drawn: asked for, a terminal, not CI. */
export function progressWanted(
  stderr: ProgressTarget,
  env: Record<string, string | undefined>,
  requested: boolean,
): boolean {
  return requested && stderr.isTTY === true && !env.CI;
}

export class Progress {
  private drawn = false;
  private lastDraw = -Infinity;

  constructor(
    private readonly stderr: ProgressTarget,
    /** Milliseconds since some start; injectable so tests need no clock. */
    private readonly now: () => number = () => performance.now(),
    private readonly started = now(),
    private readonly delayMs = PROGRESS_DELAY_MS,
  ) {}

  /** `LintOptions.onProgress`. */
  readonly update = (done: number, total: number): void => {
    const time = this.now();
    if (time - this.started < this.delayMs) return;
    if (done < total && time - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = time;
    this.drawn = true;
    this.stderr.write(`\rfaq-lint: ${done}/${total} files\u001b[K`);
  };

  /** Erase the line, if one was drawn. */
  finish(): void {
    if (this.drawn) this.stderr.write('\r\u001b[K');
    this.drawn = false;
  }
}
