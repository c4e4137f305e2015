/** The early start of changed mode's worker thread: which arguments ask for it. */
import { describe, expect, it } from 'vitest';
import { asksForChangedMode } from '../../src/cli/warm-up.js';

describe('asksForChangedMode', () => {
  it('is true for --staged and --changed-since (either spelling), before any --', () => {
    expect(asksForChangedMode(['--staged'])).toBe(true);
    expect(asksForChangedMode(['docs', '--changed-since', 'main'])).toBe(true);
    expect(asksForChangedMode(['--changed-since=origin/main', '--format', 'json'])).toBe(true);
  });

  it('is false for other runs, and for a file named like the option after --', () => {
    expect(asksForChangedMode([])).toBe(false);
    expect(asksForChangedMode(['docs', '--cache', '--format', 'json'])).toBe(false);
    expect(asksForChangedMode(['--', '--staged'])).toBe(false);
    expect(asksForChangedMode(['--stage'])).toBe(false);
  });
});
