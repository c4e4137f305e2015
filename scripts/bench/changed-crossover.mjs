// The changed-mode crossover: how long `faq-lint --changed-since HEAD` takes in a git copy of a
// corpus with k articles changed (one line appended to each), for several k, beside a full run of
// the same copy. Changed mode checks each changed file against its previous version (two git
// reads and two summaries per file, one file at a time), so above some k it costs more than
// linting everything; faq-lint then lints everything (src/changed/select.ts, CHANGED_SHARE_FULL_RUN).
//
// Usage: node scripts/bench/changed-crossover.mjs <git copy> <k,k,...> [runs] [extra faq-lint args]
// Prints one JSON object: { full: {seconds, samples}, changed: [{ k, seconds, samples, fullRun }] }.
// The copy's working tree is restored (git checkout) after each k.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'faq-lint.js');
const [copy, ks, runsArg = '3', ...extra] = process.argv.slice(2);
const runs = Number(runsArg);
const git = (...args) => execFileSync('git', args, { cwd: copy, encoding: 'utf8', maxBuffer: 1 << 30 });
const articles = git('ls-files', '-z', '*.md')
  .split('\0')
  .filter((file) => file && !/(^|\/)includes\//.test(file))
  .sort();

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
function timed(args) {
  const samples = [];
  let note = false;
  for (let i = 0; i < runs; i++) {
    const run = measure(process.execPath, [BIN, '--no-progress', '--format', 'json', ...extra, ...args], copy);
    if (run.code !== 0 && run.code !== 1)
      throw new Error(`faq-lint ${args.join(' ')} failed (exit ${run.code}): ${run.stderr.slice(-1000)}`);
    samples.push(Math.round(run.seconds * 100) / 100);
    note = /every file was linted/.test(run.stderr);
  }
  return { seconds: median(samples), samples, fullRun: note };
}

const result = { articles: articles.length, full: timed(['.']), changed: [] };
for (const k of ks.split(',').map(Number)) {
  // Spread the changed articles over the whole docset: every (n/k)th article.
  const step = articles.length / k;
  for (let i = 0; i < k; i++)
    appendFileSync(path.join(copy, articles[Math.floor(i * step)]), '\nOne more sentence for the benchmark.\n');
  try {
    result.changed.push({ k, ...timed(['--changed-since', 'HEAD', '.']) });
  } finally {
    git('checkout', '--', '.');
  }
  process.stderr.write(`  k=${k}: ${result.changed.at(-1)?.seconds} s\n`);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
