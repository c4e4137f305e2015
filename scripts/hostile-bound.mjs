// `npm run bench:hostile`: the cost bound of one file, measured. Generates hostile and heavy
// files of up to 4 MB (the largest faq-lint reads), each a shape that is slow or memory-hungry
// for the Markdown parser, and runs the built CLI on each alone (a fresh process: wall time and
// peak RSS of the whole process, workers included). Then two runs over all of them: as link
// targets of one page (the on-demand, guarded path), and linted together on a pool of two
// workers (the API, `workers: 2`). Prints a table and writes docs/hostile-bound.json; the figures
// go into docs/guarantees.md ("any file of at most 4 MB costs at most ...").
//
// Options: --limit SECONDS (the per-file time limit, default the CLI's), --only NAME, --out FILE.
import { Buffer } from 'node:buffer';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machine, measure } from './bench/measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'faq-lint.js');
const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string', default: path.join(ROOT, 'docs', 'hostile-bound.json') },
  },
});
const { MAX_FILE_BYTES } = await import(path.join(ROOT, 'dist', 'src', 'source', 'read.js'));
const { DEFAULT_FILE_TIME_LIMIT, FILE_HEAP_MB } = await import(path.join(ROOT, 'dist', 'src', 'engine', 'limits.js'));
const limit = values.limit ?? String(DEFAULT_FILE_TIME_LIMIT);

/** `unit` repeated to just under the size cap. */
const fill = (unit, size = MAX_FILE_BYTES - 1024) => unit.repeat(Math.floor(size / Buffer.byteLength(unit)));
const nested = (prefix, depth, line) => `${prefix.repeat(depth)}${line}\n\n`;

/** The shapes: each a file of at most 4 MB. */
const SHAPES = {
  'plain words': () => fill('word '),
  paragraphs: () => fill('A line of an article that goes on and on about widgets.\n\n'),
  'article-like': () =>
    fill(
      '## A section\n\nSome text with a [link](other.md#section), `code` and *emphasis*. A writer explains how the widget works, what to set up first, and where to look when something fails.\n\n- A list item\n- Another\n\n```cs\nvar x = 1;\n```\n\n| a | b |\n| - | - |\n| c | d |\n\n> A note with more words about the same widget, its settings, limits and the regions that support it.\n\n',
    ),
  headings: () => fill('## Heading text here\n\n'),
  'list items': () => fill('- item text\n'),
  'block quote lines': () => fill('> quote text\n'),
  'HTML lines': () => fill('<div id="x">text</div>\n'),
  entities: () => fill('&amp; '),
  'backslash escapes': () => fill('\\* '),
  autolinks: () => fill('<https://a.example/b> '),
  'code fence': () => `\`\`\`\n${fill('code line here\n', MAX_FILE_BYTES - 2048)}\`\`\`\n`,
  'table rows': () => fill('| cell | `code` | text |\n'),
  'links at the limit (20,000)': () =>
    '[a](b.md) '.repeat(10).concat('\n\n').repeat(2_000) + fill('text ', MAX_FILE_BYTES - 300_000),
  'nesting at the limit (100)': () => fill(nested('> ', 100, 'deep')),
  'brackets at the limit (200)': () => fill(`${'['.repeat(200)}x\n\n`),
  'emphasis at the limit (2,500 pairs)': () =>
    `${'**a '.repeat(2_499)}x${' a**'.repeat(2_499)}\n\n${fill('text ', MAX_FILE_BYTES - 40_000)}`,
  'labels at the block limit (4 x 5,000)': () => '[a] '.repeat(5_000).concat('\n\n').repeat(4),
  'front matter (100,000 keys)': () =>
    `---\n${Array.from({ length: 100_000 }, (_, i) => `key${i}: value ${i}`).join('\n')}\n---\n# T\n`,
  'structured FAQ (20,000 questions)': () =>
    `### YamlMime:FAQ\nmetadata:\n  title: T\ntitle: T\nsummary: s\nsections:\n  - name: S\n    questions:\n${Array.from({ length: 20_000 }, (_, i) => `      - question: Q ${i}?\n        answer: A [link](x.md) ${i}.`).join('\n')}\n`,
  'refused: nesting 20,000 deep': () => fill(nested('- ', 20_000, 'deep')),
  'refused: 80,000 shortcut labels': () => '[a] '.repeat(80_000),
  'refused: binary': () => Buffer.alloc(MAX_FILE_BYTES - 1024, 0),
  'refused: 20 MB': () => 'x\n'.repeat(10 * 1024 * 1024),
};

const names = Object.keys(SHAPES).filter((name) => !values.only || name === values.only);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'faq-lint-hostile-'));
writeFileSync(path.join(scratch, 'docfx.json'), '{}');
const fileOf = (name) =>
  `${name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}${name.startsWith('structured') ? '.yml' : '.md'}`;
for (const name of names) writeFileSync(path.join(scratch, fileOf(name)), SHAPES[name]());

/** The findings of one file, from the JSON report: `ok` when only ordinary rules reported. */
function outcome(report, file) {
  const entry = JSON.parse(report).find((f) => path.basename(f.filePath) === file);
  const special = entry?.messages.find((m) => m.ruleId === 'file-too-complex' || m.ruleId === 'file-unreadable');
  return special ? `${special.ruleId}: ${special.message}` : `linted (${entry?.messages.length ?? 0} findings)`;
}

const rows = [];
for (const name of names) {
  const file = fileOf(name);
  const run = measure(
    process.execPath,
    [BIN, file, '--no-config', '--no-progress', '--format', 'json', '--file-time-limit', limit],
    scratch,
  );
  if (run.code !== 0 && run.code !== 1) throw new Error(`${name}: exit ${run.code}: ${run.stderr.slice(-2000)}`);
  const row = {
    shape: name,
    file,
    megabytes: Math.round((readFileSync(path.join(scratch, file)).length / 1048576) * 100) / 100,
    seconds: Math.round(run.seconds * 100) / 100,
    peakRssMb: run.rssMb === null ? null : Math.round(run.rssMb),
    outcome: outcome(run.stdout, file),
  };
  rows.push(row);
  process.stderr.write(`${name}: ${row.seconds} s, ${row.peakRssMb} MB, ${row.outcome.slice(0, 100)}\n`);
}

// All of them as link targets of one page (summarised on demand, in the guarded worker).
writeFileSync(
  path.join(scratch, 'page.md'),
  `# Page\n\n${names.map((name) => `[x](${fileOf(name)}#nope)`).join('\n\n')}\n`,
);
const targets = measure(
  process.execPath,
  [BIN, 'page.md', '--no-config', '--no-progress', '--format', 'json', '--file-time-limit', limit],
  scratch,
);
// All of them linted together on a pool of two workers.
const poolScript = `const { lint } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'engine', 'lint.js'))}); const r = await lint({ cwd: ${JSON.stringify(scratch)}, noConfig: true, workers: 2, fileTimeLimit: ${Number(limit)} }); console.log(r.results.length);`;
const pool = measure(process.execPath, ['--input-type=module', '-e', poolScript], scratch);
rmSync(scratch, { recursive: true, force: true });

const worst = {
  seconds: Math.max(...rows.map((r) => r.seconds)),
  peakRssMb: Math.max(...rows.map((r) => r.peakRssMb ?? 0)),
};
const results = {
  machine: machine(),
  date: new Date().toISOString(),
  limits: { maxFileBytes: MAX_FILE_BYTES, fileTimeLimitSeconds: Number(limit), fileHeapMb: FILE_HEAP_MB },
  files: rows,
  worstFile: worst,
  asLinkTargets: {
    files: names.length,
    seconds: Math.round(targets.seconds * 100) / 100,
    peakRssMb: Math.round(targets.rssMb ?? 0),
  },
  pooled: {
    files: names.length,
    workers: 2,
    seconds: Math.round(pool.seconds * 100) / 100,
    peakRssMb: Math.round(pool.rssMb ?? 0),
    exit: pool.code,
  },
};
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);

const m = results.machine;
const lines = [
  `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}; time limit ${limit} s, worker heap ${FILE_HEAP_MB} MB.`,
  '',
];
lines.push('| shape | MB | seconds | peak RSS MB | outcome |', '| --- | ---: | ---: | ---: | --- |');
for (const r of rows)
  lines.push(
    `| ${r.shape} | ${r.megabytes} | ${r.seconds.toFixed(2)} | ${r.peakRssMb ?? ''} | ${r.outcome.replace(/\|/g, '\\|')} |`,
  );
lines.push('', `Worst single file: ${worst.seconds.toFixed(2)} s, ${worst.peakRssMb} MB peak RSS (the whole process).`);
lines.push(
  `All ${names.length} as link targets of one page: ${results.asLinkTargets.seconds} s, ${results.asLinkTargets.peakRssMb} MB.`,
);
lines.push(
  `All ${names.length} linted together on 2 pool workers: ${results.pooled.seconds} s, ${results.pooled.peakRssMb} MB.`,
);
process.stdout.write(`${lines.join('\n')}\n`);
