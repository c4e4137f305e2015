/**
 * Ctrl-C (SIGINT) and SIGTERM while faq-lint writes files. With no listener, either signal ends
 * the process at once, possibly between creating a temp file and renaming it over the original,
 * leaving `.faq-lint-*.tmp` files behind. While a `DeferredSignals` is active, the signal is only
 * noted: the write in progress (synchronous, atomic) completes, the caller stops before the next
 * one, and `release` then delivers the signal as if it had just arrived, so the process still
 * ends as the user asked, as git does for its lock files. (SIGKILL cannot be caught: then at
 * most one temp file is left, and never a half-written file.)
 */
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

export class DeferredSignals {
  /** The first signal that arrived, if any. */
  signal: NodeJS.Signals | undefined;
  private readonly note = (signal: NodeJS.Signals): void => {
    this.signal ??= signal;
  };

  constructor() {
    for (const signal of SIGNALS) process.on(signal, this.note);
  }

  /** Let a signal that arrived during a synchronous step reach `note`; true when one did. */
  async arrived(): Promise<boolean> {
    await new Promise((resolve) => setImmediate(resolve));
    return this.signal !== undefined;
  }

  /** Stop deferring; a signal that arrived is delivered again, now to its default action (unless someone else listens). */
  release(): void {
    for (const signal of SIGNALS) process.off(signal, this.note);
    if (this.signal && process.listenerCount(this.signal) === 0) process.kill(process.pid, this.signal);
  }
}
