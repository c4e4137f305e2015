// The parse floor: every file parsed with the project's parser configuration (unified +
// remark-parse + remark-frontmatter, as src/parse/markdown.ts, no DocFX layer, no summary, no
// rules), spread over N worker threads. Usage: node parse-floor.mjs <file-list.json> <threads>
// Prints {"ms": wall time, "files": n}.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

if (isMainThread) {
  const files = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const threads = Number(process.argv[3] ?? 2);
  const started = performance.now();
  // Round-robin by index: the corpora's file sizes are well mixed by path.
  const shares = Array.from({ length: threads }, (_, i) => files.filter((_, k) => k % threads === i));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: share });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  console.log(JSON.stringify({ ms: Math.round(performance.now() - started), files: files.length }));
  process.exit(0);
} else {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
  for (const file of workerData) processor.parse(readFileSync(file, 'utf8'));
  parentPort.postMessage('done');
}
