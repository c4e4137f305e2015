// The performance targets of issue 16, each with its measured figure and pass or fail, from the
// results `scripts/bench.mjs` collects. Printed after the table; docs/performance.md copies it.

/** One target: its label, the figure as text, and whether it is met (undefined: not measured). */
function target(label, figure, met) {
  return { label, figure, met };
}

const s = (seconds) => `${seconds.toFixed(2)} s`;

/** The targets of one corpus's row. */
export function corpusTargets(row) {
  const list = [];
  if (row.markdownlintMd051) {
    const ratio = row.markdownlintMd051.seconds / row.cold.seconds;
    list.push(
      target(
        'cold at least 2x faster than markdownlint-cli2 MD051',
        `${ratio.toFixed(2)}x (${s(row.cold.seconds)} vs ${s(row.markdownlintMd051.seconds)})`,
        ratio >= 2,
      ),
    );
  }
  const floor = row.cold.seconds / row.parseFloor.seconds;
  list.push(
    target(
      'cold no slower than the parse floor',
      `${floor.toFixed(2)}x the floor (${s(row.cold.seconds)} vs ${s(row.parseFloor.seconds)})`,
      floor <= 1,
    ),
  );
  list.push(
    target(
      'peak RSS of a cold run under 400 MB',
      `${row.cold.peakRssMb} MB`,
      row.cold.peakRssMb !== null && row.cold.peakRssMb < 400,
    ),
  );
  list.push(target('warm (--cache, nothing changed) under 1.5 s', s(row.warm.seconds), row.warm.seconds < 1.5));
  list.push(target('--staged with one changed article under 0.5 s', s(row.staged.seconds), row.staged.seconds < 0.5));
  if (row.stagedBundle)
    list.push(
      target(
        '--staged with one changed article under 0.5 s, from the bundle (the pre-commit hook)',
        s(row.stagedBundle.seconds),
        row.stagedBundle.seconds < 0.5,
      ),
    );
  if (row.crossover) {
    const { full, changed, threshold } = row.crossover;
    const worst = changed.reduce((a, b) => (b.seconds / full.seconds > a.seconds / full.seconds ? b : a));
    const figures = changed
      .map((c) => `${c.k} changed: ${s(c.seconds)}${c.fullRun ? ' (linted everything)' : ''}`)
      .join('; ');
    // One run each on a shared machine: within 10% of the full run counts as no slower.
    list.push(
      target(
        `changed mode never slower than a full run, within 10% (everything above ${threshold} changed files)`,
        `full ${s(full.seconds)}; ${figures}`,
        worst.seconds <= full.seconds * 1.1,
      ),
    );
  }
  if (row.scale) {
    list.push(
      target(
        'docset x5 (about 50,000 files) linear within 10%',
        `${s(row.scale.seconds)} = ${row.scale.ratio.toFixed(2)}x five single runs`,
        row.scale.ratio <= 1.1,
      ),
    );
    list.push(
      target(
        'docset x5 under 1 GB',
        `${row.scale.peakRssMb} MB`,
        row.scale.peakRssMb !== null && row.scale.peakRssMb < 1024,
      ),
    );
  }
  return list;
}

/** The Markdown table of every corpus's targets. */
export function targets({ corpora }) {
  const lines = ['', '| corpus | target | measured | result |', '| --- | --- | --- | --- |'];
  for (const [name, row] of Object.entries(corpora)) {
    for (const { label, figure, met } of corpusTargets(row))
      lines.push(`| ${name} | ${label} | ${figure} | ${met ? 'pass' : '**fail**'} |`);
  }
  return `${lines.join('\n')}\n`;
}
