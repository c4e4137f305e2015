// The language server's budget (issue 17), measured as an editor sees it: `faq-lint --lsp`
// (the built CLI) driven over stdio by a vscode-jsonrpc client on a large docset.
//
// Per run: start the server on the folder, time the index (initialized -> progress end; cold
// without a cache, then warm from the cache the cold run wrote), open the article closest to 500
// lines, then time EDITS one-character edits in a paragraph (didChange -> the diagnostics of that
// version), EDITS edits in a heading (the files linking to the article are re-checked too), and
// bookmark completion after `](page.md#` (request -> answer, right after typing the `#`, and again
// on a settled document). Peak RSS is the server process's VmHWM (its worker threads included).
//
// Usage: node scripts/bench/lsp.mjs --folder DIR [--runs 3] [--edits 60] [--out FILE]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'faq-lint.js');
const { values } = parseArgs({
  options: {
    folder: { type: 'string' },
    runs: { type: 'string', default: '3' },
    edits: { type: 'string', default: '60' },
    out: { type: 'string' },
  },
});
if (!values.folder) {
  console.error('bench lsp: --folder DIR is required');
  process.exit(2);
}
const FOLDER = path.resolve(values.folder);
const RUNS = Number(values.runs);
const EDITS = Number(values.edits);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const round = (n) => Math.round(n * 10) / 10;

/** The discovered Markdown article (not an include) whose line count is closest to 500. */
async function article() {
  const { discover } = await import(pathToFileURL(path.join(ROOT, 'dist', 'src', 'engine', 'discover.js')).href);
  const files = (await discover(['.'], FOLDER)).filter((f) => f.endsWith('.md') && !/[\\/]includes[\\/]/.test(f));
  let best;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length;
    if (!best || Math.abs(lines - 500) < Math.abs(best.lines - 500)) best = { file, lines, text };
  }
  return best;
}

/** A page linked from the article with a bookmark, whose ids completion will list. */
function linkedPage(text) {
  const match = /\]\(([^)#\s:]+\.md)#[^)\s]+\)/.exec(text);
  return match?.[1];
}

/** Peak and current resident set size of a process, in MB (Linux). */
function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { peakMb: Math.round(kb('VmHWM') / 1024), nowMb: Math.round(kb('VmRSS') / 1024) };
  } catch {
    return { peakMb: null, nowMb: null };
  }
}

/** One server: index, open, edits, completions. */
async function once(target, { cache, cacheHome }) {
  const child = spawn(process.execPath, [BIN, '--lsp', '--stdio'], {
    cwd: FOLDER,
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const diagnostics = new Map();
  let onDiagnostics = () => {};
  let indexed;
  const indexDone = new Promise((resolve) => (indexed = resolve));
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    diagnostics.set(params.uri, params);
    onDiagnostics(params);
  });
  connection.onNotification('$/progress', (params) => params.value.kind === 'end' && indexed());
  connection.onNotification('window/logMessage', () => {});
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ cache })));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const versionArrived = (uri, version) =>
    new Promise((resolve) => {
      const check = (params) => params.uri === uri && params.version === version && resolve(performance.now());
      onDiagnostics = check;
      const last = diagnostics.get(uri);
      if (last) check(last);
    });

  const started = performance.now();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(FOLDER).href,
    workspaceFolders: [{ uri: pathToFileURL(FOLDER).href, name: path.basename(FOLDER) }],
    capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
  });
  await connection.sendNotification('initialized', {});
  await indexDone;
  const indexSeconds = (performance.now() - started) / 1000;
  const afterIndex = rssOf(child.pid);

  const uri = pathToFileURL(target.file).href;
  let version = 1;
  const text = target.text;
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version, text },
  });
  await versionArrived(uri, version);
  const lines = text.split('\n');
  const edit = async (line, character, insert, remove) => {
    version++;
    const sent = performance.now();
    const arrived = versionArrived(uri, version);
    const range = { start: { line, character }, end: { line, character: character + remove } };
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: insert }],
    });
    const at = await arrived;
    lines[line] = lines[line].slice(0, character) + insert + lines[line].slice(character + remove);
    return at - sent;
  };
  // A paragraph line in the middle, and the first heading after the front matter.
  const middle = Math.floor(lines.length / 2);
  const paragraph = lines.findIndex((l, i) => i >= middle && /^[A-Za-z]/.test(l) && l.length > 20);
  const heading = lines.findIndex((l, i) => i > 5 && /^#{2,3} \w/.test(l));
  const paragraphMs = [];
  const headingMs = [];
  for (let i = 0; i < EDITS; i++) {
    // Type a character, then delete it: the text (and its findings) stay the same over the run.
    paragraphMs.push(i % 2 === 0 ? await edit(paragraph, 10, 'x', 0) : await edit(paragraph, 10, '', 1));
  }
  for (let i = 0; i < EDITS; i++)
    headingMs.push(
      i % 2 === 0
        ? await edit(heading, lines[heading].length, 'x', 0)
        : await edit(heading, lines[heading].length - 1, '', 1),
    );

  // Bookmark completion: a new line `[x](page.md#`, as typed.
  const page = linkedPage(text) ?? path.basename(target.file);
  const insertLine = paragraph + 1;
  const prefix = `[x](${page}`;
  await edit(insertLine, 0, `${prefix}\n`, 0);
  lines.splice(insertLine, 0, prefix);
  const completionTypedMs = [];
  const completionMs = [];
  let items = 0;
  for (let i = 0; i < EDITS / 2; i++) {
    // Type `#` and ask at once (the server lints the keystroke first), then ask again when settled.
    version++;
    const sent = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        {
          range: {
            start: { line: insertLine, character: prefix.length },
            end: { line: insertLine, character: prefix.length },
          },
          text: '#',
        },
      ],
    });
    const list = await connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: insertLine, character: prefix.length + 1 },
    });
    completionTypedMs.push(performance.now() - sent);
    items = list?.items?.length ?? 0;
    const again = performance.now();
    await connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: insertLine, character: prefix.length + 1 },
    });
    completionMs.push(performance.now() - again);
    version++;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        {
          range: {
            start: { line: insertLine, character: prefix.length },
            end: { line: insertLine, character: prefix.length + 1 },
          },
          text: '',
        },
      ],
    });
  }
  const end = rssOf(child.pid);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => child.once('exit', resolve));
  connection.dispose();
  return {
    indexSeconds,
    paragraphMs,
    headingMs,
    completionTypedMs,
    completionMs,
    items,
    page,
    rssAfterIndexMb: afterIndex.nowMb,
    peakRssMb: Math.max(afterIndex.peakMb ?? 0, end.peakMb ?? 0),
  };
}

const target = await article();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'faq-lint-bench-lsp-'));
const loadBefore = os.loadavg()[0];
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const cacheHome = path.join(scratch, `cache-${i}`);
    // Cold: no cache. Warm: a second server on the cache the first one wrote (as reopening the editor).
    const cold = await once(target, { cache: false, cacheHome });
    await once(target, { cache: true, cacheHome });
    const warm = await once(target, { cache: true, cacheHome });
    runs.push({ cold, warm });
    process.stderr.write(
      `  lsp run ${i + 1}: index ${cold.indexSeconds.toFixed(1)} s cold, ${warm.indexSeconds.toFixed(1)} s warm; edit ${round(median(cold.paragraphMs))} ms median, ${round(p95(cold.paragraphMs))} ms p95; completion ${round(median(cold.completionMs))} ms; peak ${cold.peakRssMb} MB\n`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const all = (key) => runs.flatMap((run) => [...run.cold[key], ...run.warm[key]]);
const result = {
  folder: path.relative(ROOT, FOLDER),
  article: {
    file: path.relative(FOLDER, target.file),
    lines: target.lines,
    linkedPage: runs[0].cold.page,
    completionItems: runs[0].cold.items,
  },
  runs: RUNS,
  editsPerRun: EDITS,
  loadBefore,
  loadAfter: os.loadavg()[0],
  indexColdSeconds: round(median(runs.map((r) => r.cold.indexSeconds))),
  indexWarmSeconds: round(median(runs.map((r) => r.warm.indexSeconds))),
  paragraphEditMs: {
    median: round(median(all('paragraphMs'))),
    p95: round(p95(all('paragraphMs'))),
    samples: all('paragraphMs').length,
  },
  headingEditMs: {
    median: round(median(all('headingMs'))),
    p95: round(p95(all('headingMs'))),
    samples: all('headingMs').length,
  },
  completionMs: {
    median: round(median(all('completionMs'))),
    p95: round(p95(all('completionMs'))),
    samples: all('completionMs').length,
  },
  completionAfterTypingMs: {
    median: round(median(all('completionTypedMs'))),
    p95: round(p95(all('completionTypedMs'))),
    samples: all('completionTypedMs').length,
  },
  peakRssMb: Math.max(...runs.flatMap((r) => [r.cold.peakRssMb, r.warm.peakRssMb])),
  rssAfterIndexMb: Math.max(...runs.flatMap((r) => [r.cold.rssAfterIndexMb, r.warm.rssAfterIndexMb])),
};
if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
