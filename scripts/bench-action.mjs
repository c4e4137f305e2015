// `npm run bench:action`: how fast the GitHub Action starts, measured as the issue asks for the
// local equivalent of a runner: a clean copy of the release folder (the committed action.yml,
// bundle/ and LICENSE, nothing else: no node_modules), run with `node bundle/action.mjs` the way
// the runner does (INPUT_* from action.yml's defaults) on a simulated pull request against a copy
// of the sample docset. Reports the median of --runs runs (default 5) of: the time to the
// process's first output, to the first annotation, and to exit.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const git = (cwd, ...args) =>
  execFileSync(
    'git',
    ['-c', 'user.email=b@example.com', '-c', 'user.name=Bench', '-c', 'init.defaultBranch=main', ...args],
    { cwd, encoding: 'utf8' },
  ).trim();

const work = mkdtempSync(path.join(tmpdir(), 'faq-lint-bench-action-'));
try {
  // The release folder, from the committed files.
  const release = path.join(work, 'release');
  for (const file of git(root, 'ls-files', 'action.yml', 'bundle', 'LICENSE').split('\n')) {
    mkdirSync(path.dirname(path.join(release, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(release, file));
  }
  const action = parse(readFileSync(path.join(release, 'action.yml'), 'utf8'));

  // A pull request: the sample docset, then a commit that edits one article.
  const workspace = path.join(work, 'workspace');
  cpSync(path.join(root, 'fixtures', 'sample-docset'), workspace, { recursive: true });
  git(workspace, 'init', '-q');
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-qm', 'base');
  const base = git(workspace, 'rev-parse', 'HEAD');
  const article = path.join(workspace, 'articles', 'widgets', 'overview.md');
  writeFileSync(article, `${readFileSync(article, 'utf8')}\nOne more line.\n`);
  git(workspace, 'commit', '-qam', 'head');
  const runner = path.join(work, 'runner');
  mkdirSync(runner);
  writeFileSync(path.join(runner, 'event.json'), JSON.stringify({ pull_request: { base: { sha: base } } }));

  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [`INPUT_${name.toUpperCase()}`, spec.default ?? '']),
  );
  const once = () =>
    new Promise((resolve) => {
      for (const file of ['output.txt', 'summary.md']) writeFileSync(path.join(runner, file), '');
      const env = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...inputs,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_PATH: path.join(runner, 'event.json'),
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_OUTPUT: path.join(runner, 'output.txt'),
        GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
        GITHUB_SHA: git(workspace, 'rev-parse', 'HEAD'),
        RUNNER_TEMP: runner,
      };
      const started = performance.now();
      const times = { firstOutput: undefined, firstAnnotation: undefined, exit: undefined };
      const child = spawn(process.execPath, [path.join(release, action.runs.main)], { cwd: workspace, env });
      let stdout = '';
      const seen = () => (times.firstOutput ??= performance.now() - started);
      child.stderr.on('data', seen);
      child.stdout.on('data', (chunk) => {
        seen();
        stdout += chunk;
        if (stdout.includes('::')) times.firstAnnotation ??= performance.now() - started;
      });
      child.on('close', (code) => {
        times.exit = performance.now() - started;
        resolve({ ...times, code, annotations: stdout.split('\n').filter((l) => l.startsWith('::')).length });
      });
    });

  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  const median = (key) => {
    const sorted = results.map((r) => r[key]).sort((a, b) => a - b);
    return (sorted[Math.floor(sorted.length / 2)] / 1000).toFixed(2);
  };
  console.log(
    `node ${process.version}, ${runs} runs, release folder: ${git(root, 'ls-files', 'action.yml', 'bundle', 'LICENSE').split('\n').join(', ')}`,
  );
  console.log(`exit code ${results[0].code}, ${results[0].annotations} annotations`);
  console.log(
    `median seconds: first output ${median('firstOutput')}, first annotation ${median('firstAnnotation')}, exit ${median('exit')}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
