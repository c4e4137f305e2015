// `npm run bench`: faq-lint against itself and its peers on the shared real-docs corpora.
//
// For each corpus: cold full run, warm full run (--cache, nothing changed), a one-file `--staged`
// run in a git copy without a cache (from the tsc build, then from the bundle the pre-commit hook runs), the parse floor (every file parsed with the project's parser
// configuration over all cores, nothing else), and the peers: markdownlint-cli2 with only MD051,
// remark-cli + remark-validate-links (stopped at 4x faq-lint's cold run, --rvl-limit: on cpp-docs
// it takes over 20 minutes). Each figure is the median of --runs runs (slow peers: one).
// Prints a table and writes docs/bench-results.json. Runs the built code (npm run build first).
//
// Then the changed-mode crossover (scripts/bench/changed-crossover.mjs: `--changed-since` with
// half and twice the number of changed files above which faq-lint lints everything, beside a full
// run) and, on cpp-docs, the scaling run: the docset replicated five times under renamed folders
// (about 50,000 files), cold, against five times the single copy; each issue-16 target with pass
// or fail. Then the language server's budget on cpp-docs/docs (scripts/bench/lsp.mjs, also `npm
// run bench:lsp`), written to docs/bench-lsp.json.
//
// Options: --runs N (default 3), --corpus DIR (default ../shared/corpus or ../../shared/corpus),
// --only NAME (one corpus), --no-peers, --no-crossover, --no-scale, --no-lsp, --out FILE,
// --rvl-limit N (stop remark-validate-links at N times faq-lint's cold run; default 4).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machine, measure } from './bench/measure.mjs';
import { targets } from './bench/targets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'faq-lint.js');
const BUNDLE = path.join(ROOT, 'bundle', 'faq-lint.mjs');
const BENCH = path.join(ROOT, 'scripts', 'bench');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    corpus: { type: 'string' },
    only: { type: 'string' },
    'no-peers': { type: 'boolean', default: false },
    'no-crossover': { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
    'no-lsp': { type: 'boolean', default: false },
    'rvl-limit': { type: 'string', default: '4' },
    out: { type: 'string', default: path.join(ROOT, 'docs', 'bench-results.json') },
  },
});
const RUNS = Number(values.runs);
/** remark-validate-links is stopped after this many times faq-lint's cold run on the same corpus. */
const RVL_LIMIT = Number(values['rvl-limit']);
const CORPUS =
  values.corpus ??
  [path.resolve(ROOT, '..', 'shared', 'corpus'), path.resolve(ROOT, '..', '..', 'shared', 'corpus')].find((dir) =>
    existsSync(dir),
  );
if (!CORPUS) {
  console.error('bench: no corpus found (../shared/corpus); pass --corpus DIR');
  process.exit(2);
}
const CORPORA = ['cpp-docs', 'azure-management-docs'].filter((name) => !values.only || values.only === name);
const THREADS = os.availableParallelism();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'faq-lint-bench-'));
const { discover } = await import(path.join(ROOT, 'dist', 'src', 'engine', 'lint.js'));
const { fullRunThreshold } = await import(path.join(ROOT, 'dist', 'src', 'changed', 'select.js'));
const cliHelp = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });

/** Median of `runs` measurements (peak RSS: the largest). */
function repeat(runs, label, once) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const sample = once();
    if (sample.code !== 0 && sample.code !== 1 && !sample.stopped)
      throw new Error(`${label} failed (exit ${sample.code}): ${sample.stderr.slice(-2000)}`);
    samples.push(sample);
    process.stderr.write(
      `  ${label}: ${sample.seconds.toFixed(2)} s${sample.rssMb ? `, ${Math.round(sample.rssMb)} MB` : ''}\n`,
    );
  }
  const times = samples.map((s) => s.seconds).sort((a, b) => a - b);
  const rss = samples.map((s) => s.rssMb).filter((r) => r !== null);
  return {
    seconds: times[Math.floor(times.length / 2)],
    samples: times,
    rssMb: rss.length > 0 ? Math.max(...rss) : null,
    last: samples.at(-1),
  };
}

const faqLint = (args, cwd) =>
  measure(
    process.execPath,
    [BIN, '--no-progress', '--format', 'json', '--output-file', path.join(scratch, 'out.json'), ...args],
    cwd,
  );
const findingsIn = () =>
  JSON.parse(readFileSync(path.join(scratch, 'out.json'), 'utf8')).reduce((n, file) => n + file.messages.length, 0);

/** A git repository holding a copy of the corpus, with one article changed and staged. */
function stagedCopy(corpus, files) {
  const copy = path.join(scratch, `git-${path.basename(corpus)}`);
  cpSync(corpus, copy, { recursive: true });
  const git = (...args) =>
    execFileSync(
      'git',
      ['-c', 'user.email=bench@example.com', '-c', 'user.name=Bench', '-c', 'commit.gpgsign=false', ...args],
      { cwd: copy, stdio: 'pipe', maxBuffer: 1 << 30 },
    );
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'corpus');
  // A typical article: the median-sized Markdown file.
  const articles = files
    .filter((f) => f.endsWith('.md') && !/\/includes\//.test(f))
    .map((f) => ({ f, size: statSync(f).size }))
    .sort((a, b) => a.size - b.size);
  const article = path.join(copy, path.relative(corpus, articles[Math.floor(articles.length / 2)].f));
  appendFileSync(article, '\nOne more sentence for the benchmark.\n');
  git('add', article);
  return { copy, article };
}

const results = { machine: machine(), date: new Date().toISOString(), runs: RUNS, corpora: {} };
for (const name of CORPORA) {
  const corpus = path.join(CORPUS, name);
  process.stderr.write(`${name}\n`);
  const files = await discover(['.'], corpus);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const list = path.join(scratch, `${name}-files.json`);
  writeFileSync(list, JSON.stringify(files.filter((f) => f.endsWith('.md'))));
  const row = { files: files.length, megabytes: bytes / 1048576, loadBefore: os.loadavg()[0] };

  const cold = repeat(RUNS, 'faq-lint cold', () => faqLint(['.'], corpus));
  row.cold = {
    ...summary(cold),
    findings: findingsIn(),
    filesPerSecond: files.length / cold.seconds,
    mbPerSecond: bytes / 1048576 / cold.seconds,
  };

  const cacheDir = path.join(scratch, `cache-${name}`);
  faqLint(['--cache', '--cache-location', cacheDir, '.'], corpus);
  const warm = repeat(RUNS, 'faq-lint warm', () => faqLint(['--cache', '--cache-location', cacheDir, '.'], corpus));
  row.warm = { ...summary(warm), findings: findingsIn() };

  const { copy, article } = stagedCopy(corpus, files);
  const staged = cliHelp.includes('--staged');
  const stagedRun = repeat(RUNS, staged ? 'faq-lint --staged' : 'faq-lint <one file>', () =>
    faqLint(staged ? ['--staged'] : [path.relative(copy, article)], copy),
  );
  row.staged = {
    ...summary(stagedRun),
    how: staged ? 'faq-lint --staged' : 'faq-lint <file> (--staged not on this branch yet)',
    file: path.relative(copy, article),
  };
  // The same run from the committed bundle: what the pre-commit hook runs.
  if (staged && existsSync(BUNDLE)) {
    const bundled = repeat(RUNS, 'faq-lint --staged (bundle)', () =>
      measure(
        process.execPath,
        [BUNDLE, '--no-progress', '--format', 'json', '--output-file', path.join(scratch, 'out.json'), '--staged'],
        copy,
      ),
    );
    row.stagedBundle = summary(bundled);
  }
  if (!values['no-crossover']) {
    // Unstage the article: the crossover changes its own set of articles in the working tree.
    execFileSync('git', ['reset', '-q', '--hard'], { cwd: copy });
    const threshold = fullRunThreshold(files.length);
    const ks = [Math.floor(threshold / 2), threshold * 2];
    // One run of each: a full run and the changed runs take minutes on cpp-docs.
    const crossover = measure(
      process.execPath,
      [path.join(BENCH, 'changed-crossover.mjs'), copy, ks.join(','), '1', '--no-config'],
      ROOT,
    );
    if (crossover.code !== 0) throw new Error(`changed-mode crossover failed: ${crossover.stderr.slice(-2000)}`);
    process.stderr.write(crossover.stderr.replace(/^\s+Command being timed[\s\S]*$/m, ''));
    row.crossover = { threshold, ...JSON.parse(crossover.stdout) };
  }
  rmSync(copy, { recursive: true, force: true });

  const floor = repeat(RUNS, `parse floor (${THREADS} threads)`, () =>
    measure(process.execPath, [path.join(BENCH, 'parse-floor.mjs'), list, String(THREADS)], ROOT),
  );
  row.parseFloor = { ...summary(floor), threads: THREADS };

  if (!values['no-peers']) {
    const peerRuns = name === 'cpp-docs' ? 1 : RUNS;
    const mdl = repeat(peerRuns, 'markdownlint-cli2 MD051', () =>
      measure(process.execPath, [path.join(BENCH, 'markdownlint-md051.mjs'), corpus, list], ROOT),
    );
    row.markdownlintMd051 = { ...summary(mdl), findings: JSON.parse(mdl.last.stdout).findings };
    // remark-validate-links took 1,435 s and 2.7 GB on cpp-docs (issue 7): it is stopped at
    // RVL_LIMIT times faq-lint's cold run, which says "more than that many times slower".
    const plugin = `${path.join(ROOT, 'node_modules', 'remark-validate-links', 'index.js')}=repository:false`;
    const limitSeconds = RVL_LIMIT * row.cold.seconds;
    const remark = repeat(1, 'remark-cli + remark-validate-links', () =>
      measure(
        path.join(ROOT, 'node_modules', '.bin', 'remark'),
        ['.', '--use', plugin, '--no-stdout', '--quiet', '--ext', 'md'],
        corpus,
        { limitSeconds },
      ),
    );
    const counts = /(\d+) (?:warnings?|errors?)/g;
    row.remarkValidateLinks = remark.last.stopped
      ? { ...summary(remark), stoppedAfter: round(limitSeconds), limit: RVL_LIMIT }
      : {
          ...summary(remark),
          findings: [...remark.last.stderr.matchAll(counts)].reduce((n, m) => n + Number(m[1]), 0),
        };
  }
  if (name === 'cpp-docs' && !values['no-scale']) row.scale = scaleRun(corpus, files.length, row.cold);
  row.loadAfter = os.loadavg()[0];
  results.corpora[name] = row;
}
rmSync(scratch, { recursive: true, force: true });
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(table(results));
process.stdout.write(targets(results));

/**
 * The docset (cpp-docs/docs) replicated five times under renamed folders (hard links: no copy of
 * the bytes), linted cold once; linear when it takes at most 10% more than five single runs.
 */
function scaleRun(corpus, singleFiles, single) {
  const docset = path.join(corpus, 'docs');
  const replicated = path.join(scratch, 'scale');
  mkdirSync(replicated);
  for (let i = 1; i <= 5; i++)
    execFileSync('cp', ['-al', docset, path.join(replicated, `docs-${i}`)], { stdio: 'pipe' });
  const run = repeat(1, 'faq-lint cold, docset x5', () => faqLint(['.'], replicated));
  rmSync(replicated, { recursive: true, force: true });
  return {
    ...summary(run),
    files: singleFiles * 5,
    findings: findingsIn(),
    ratio: round(run.seconds / (5 * single.seconds)),
  };
}

if (!values['no-lsp'] && (!values.only || values.only === 'cpp-docs')) {
  process.stderr.write('language server (cpp-docs/docs)\n');
  const out = path.join(ROOT, 'docs', 'bench-lsp.json');
  execFileSync(
    process.execPath,
    [
      path.join(BENCH, 'lsp.mjs'),
      '--folder',
      path.join(CORPUS, 'cpp-docs', 'docs'),
      '--runs',
      String(RUNS),
      '--out',
      out,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  process.stdout.write(lspTable(JSON.parse(readFileSync(out, 'utf8'))));
}

/** The language server's figures, as docs/performance.md shows them. */
function lspTable(r) {
  return [
    '',
    `Language server on ${r.folder}, ${r.article.file} (${r.article.lines} lines); ${r.runs} runs of ${r.editsPerRun} edits; load ${r.loadBefore.toFixed(1)} -> ${r.loadAfter.toFixed(1)}`,
    '',
    '| measure | median | p95 | budget |',
    '| --- | ---: | ---: | --- |',
    `| diagnostics after a one-character edit in a paragraph | ${r.paragraphEditMs.median} ms | ${r.paragraphEditMs.p95} ms | < 100 ms median, < 300 ms p95 |`,
    `| diagnostics after a one-character edit in a heading | ${r.headingEditMs.median} ms | ${r.headingEditMs.p95} ms | |`,
    `| bookmark completion (${r.article.completionItems} ids) | ${r.completionMs.median} ms | ${r.completionMs.p95} ms | < 50 ms |`,
    `| bookmark completion asked as \`#\` is typed | ${r.completionAfterTypingMs.median} ms | ${r.completionAfterTypingMs.p95} ms | |`,
    `| index, cold / warm (cache) | ${r.indexColdSeconds} s / ${r.indexWarmSeconds} s | | |`,
    `| server peak RSS | ${r.peakRssMb} MB | | < 600 MB |`,
    '',
  ].join('\n');
}

function summary(measured) {
  return {
    seconds: round(measured.seconds),
    samples: measured.samples.map(round),
    peakRssMb: measured.rssMb === null ? null : Math.round(measured.rssMb),
  };
}

function round(n) {
  return Math.round(n * 100) / 100;
}

/** The Markdown table printed and copied into docs/performance.md. */
function table({ machine: m, corpora }) {
  const lines = [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}; median of ${RUNS} runs (peers on cpp-docs: 1).`,
    '',
  ];
  lines.push(
    '| corpus | measure | seconds | peak RSS MB | files/s | MB/s | findings | note |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const [name, row] of Object.entries(corpora)) {
    const line = (label, r, note = '') =>
      r &&
      lines.push(
        `| ${name} | ${label} | ${r.seconds.toFixed(2)} | ${r.peakRssMb ?? ''} | ${Math.round(row.files / r.seconds)} | ${(row.megabytes / r.seconds).toFixed(2)} | ${r.findings ?? ''} | ${note} |`,
      );
    line(
      'faq-lint cold',
      row.cold,
      `${row.files} files, ${row.megabytes.toFixed(1)} MB; load ${row.loadBefore.toFixed(1)} -> ${row.loadAfter.toFixed(1)}`,
    );
    line('faq-lint warm (--cache)', row.warm);
    lines.push(
      `| ${name} | ${row.staged.how} | ${row.staged.seconds.toFixed(2)} | ${row.staged.peakRssMb ?? ''} | | | | one changed article, no cache |`,
    );
    if (row.stagedBundle)
      lines.push(
        `| ${name} | faq-lint --staged, bundle (the pre-commit hook) | ${row.stagedBundle.seconds.toFixed(2)} | ${row.stagedBundle.peakRssMb ?? ''} | | | | one changed article, no cache |`,
      );
    line(
      `parse floor (${row.parseFloor.threads} threads)`,
      row.parseFloor,
      `cold / floor = ${(row.cold.seconds / row.parseFloor.seconds).toFixed(2)}x`,
    );
    if (row.markdownlintMd051)
      line(
        'markdownlint-cli2 MD051 only',
        row.markdownlintMd051,
        `= ${(row.markdownlintMd051.seconds / row.cold.seconds).toFixed(2)}x faq-lint cold`,
      );
    const rvl = row.remarkValidateLinks;
    if (rvl?.stoppedAfter !== undefined)
      lines.push(
        `| ${name} | remark-cli + remark-validate-links | > ${rvl.stoppedAfter.toFixed(2)} | >= ${rvl.peakRssMb ?? ''} | < ${Math.round(row.files / rvl.stoppedAfter)} | | | stopped unfinished at ${rvl.limit}x faq-lint cold: > ${rvl.limit}x |`,
      );
    else if (rvl)
      line(
        'remark-cli + remark-validate-links',
        rvl,
        `= ${(rvl.seconds / row.cold.seconds).toFixed(2)}x faq-lint cold`,
      );
  }
  return `${lines.join('\n')}\n`;
}
