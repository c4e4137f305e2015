// CPU time of one thread summarising every Markdown file of a folder, per way of doing it, so
// the two summary paths (remark's mdast tree + the DocFX layer, or micromark's events) can be
// compared on a shared machine: user + sys CPU of the loop only (files are read first), each way
// in its own process, the ways alternated round by round, median of the rounds. Uses the built
// code (npm run build). Usage:
//   node scripts/bench/summary-paths.mjs <folder> [rounds=3] [ways=floor,tokens,mdast,events]
// Ways: floor (remark-parse + remark-frontmatter, the parse floor, one thread),
// tokens (micromark's events only), mdast (parseMarkdown + summariseMarkdown, as before),
// events (markdownEvents + summariseEvents, remark for a page it declines; the default),
// task-mdast / task-events (the whole per-file task: guarded summarise and every per-file rule).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from './files-under.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'dist', 'src');

const markdownFiles = (folder) => filesUnder(folder, (name) => name.toLowerCase().endsWith('.md'));

async function runWay(way, folder) {
  const files = markdownFiles(folder);
  const texts = files.map((file) => {
    const text = readFileSync(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  });
  const { nestingProblem } = await import(`${dist}/parse/complexity.js`);
  const { LineIndex } = await import(`${dist}/text/line-index.js`);
  let step;
  if (way === 'floor') {
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkFrontmatter = (await import('remark-frontmatter')).default;
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
    step = (text) => processor.parse(text);
  } else if (way === 'tokens') {
    const { markdownEvents } = await import(`${dist}/parse/markdown-events.js`);
    step = (text) => markdownEvents(text);
  } else if (way === 'mdast') {
    const { parseMarkdown } = await import(`${dist}/parse/markdown.js`);
    const { summariseMarkdown } = await import(`${dist}/summary/summarise-markdown.js`);
    step = (text) => {
      const lines = new LineIndex(text);
      return summariseMarkdown('page.md', text, parseMarkdown(text, lines), lines);
    };
  } else if (way === 'events') {
    const { markdownEvents } = await import(`${dist}/parse/markdown-events.js`);
    const { summariseEvents } = await import(`${dist}/summary/summarise-events.js`);
    const { parseMarkdown } = await import(`${dist}/parse/markdown.js`);
    const { summariseMarkdown } = await import(`${dist}/summary/summarise-markdown.js`);
    step = (text) => {
      const lines = new LineIndex(text);
      return (
        summariseEvents('page.md', text, markdownEvents(text), lines) ??
        summariseMarkdown('page.md', text, parseMarkdown(text, lines), lines)
      );
    };
  } else if (way === 'task-mdast' || way === 'task-events') {
    // The environment is read per file (src/summary/parse-file.ts: markdownSummaryPath).
    process.env.FAQ_LINT_SUMMARY = way === 'task-events' ? 'events' : 'mdast';
    const { processFile } = await import(`${dist}/engine/process-file.js`);
    const { resolveConfig } = await import(`${dist}/config/resolve.js`);
    const { allRules } = await import(`${path.join(root, 'dist', 'rules', 'index.js')}`);
    step = (text, i) => {
      const relative = path.relative(folder, files[i]).split(path.sep).join('/');
      const config = resolveConfig(files[i], undefined, allRules);
      return processFile({ path: relative, text, config, settings: { now: '2026-11-26', sitePrefixes: {} } });
    };
  } else throw new Error(`unknown way ${way}`);
  const before = process.cpuUsage();
  let count = 0;
  for (let i = 0; i < texts.length; i++) {
    if (nestingProblem(texts[i])) continue;
    step(texts[i], i);
    count++;
  }
  const used = process.cpuUsage(before);
  return { way, files: count, cpu: (used.user + used.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

if (process.argv[2] === '--way') {
  console.log(JSON.stringify(await runWay(process.argv[3], process.argv[4])));
} else {
  const folder = path.resolve(process.argv[2]);
  const rounds = Number(process.argv[3] ?? 3);
  const ways = (process.argv[4] ?? 'floor,tokens,mdast,events').split(',');
  const results = Object.fromEntries(ways.map((way) => [way, []]));
  for (let round = 0; round < rounds; round++)
    for (const way of round % 2 === 0 ? ways : [...ways].reverse()) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--way', way, folder], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const result = JSON.parse(out.trim().split('\n').pop());
      results[way].push(result);
      console.error(`round ${round + 1} ${way}: ${result.cpu.toFixed(2)} s CPU, ${result.maxRssMb.toFixed(0)} MB`);
    }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const way of ways) {
    const runs = results[way];
    const cpu = median(runs.map((r) => r.cpu));
    console.log(
      `${way.padEnd(12)} ${runs[0].files} files  CPU median ${cpu.toFixed(2)} s (${runs.map((r) => r.cpu.toFixed(2)).join(', ')})  ` +
        `${((cpu / runs[0].files) * 1000).toFixed(2)} ms/file  peak RSS ${median(runs.map((r) => r.maxRssMb)).toFixed(0)} MB`,
    );
  }
}
