// Heap the main thread spends on a folder's summaries, which a run keeps until its cross-file
// stage: every file faq-lint summarises is summarised here (in this thread, with the built code:
// npm run build), copied as a worker's message copies it (structured clone), then measured after
// full collections as received and after `compactSummary` (what the engine keeps). Usage:
//   node --expose-gc scripts/bench/summary-heap.mjs <folder>
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from './files-under.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { summaryOf } = await import(path.join(root, 'dist', 'src', 'summary', 'summarise-file.js'));
const { compactSummary } = await import(path.join(root, 'dist', 'src', 'summary', 'compact-summary.js'));

const folder = process.argv[2];
if (!folder || typeof globalThis.gc !== 'function') {
  console.error('usage: node --expose-gc scripts/bench/summary-heap.mjs <folder>');
  process.exit(2);
}

/** Heap in use after full collections, in MB. */
function heapMb() {
  for (let i = 0; i < 4; i++) globalThis.gc();
  return process.memoryUsage().heapUsed / 1048576;
}

const summaries = [];
for (const file of filesUnder(path.resolve(folder))) {
  const bytes = readFileSync(file);
  if (bytes.length > 4 * 1024 * 1024 || bytes.includes(0)) continue;
  const summary = summaryOf(path.relative(folder, file).split(path.sep).join('/'), bytes.toString('utf8'));
  // Kept as JSON (alive to the end), so what is measured is the copies made below.
  if (summary) summaries.push(JSON.stringify(summary));
}
const before = heapMb();
const received = summaries.map((json) => structuredClone(JSON.parse(json)));
const asReceived = heapMb() - before;
received.forEach((summary) => compactSummary(summary));
const compacted = heapMb() - before;
console.log(
  `${received.length} summaries: ${asReceived.toFixed(1)} MB of heap as received from a worker, ${compacted.toFixed(1)} MB compacted`,
);
