// Shared by the benchmark scripts: run a command and measure its wall time and peak RSS (with
// /usr/bin/time -v when it exists: the whole process, every thread), and describe the machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * Run a command under /usr/bin/time -v: wall seconds, peak RSS in MB, stdout, exit code. With
 * `limitSeconds`, coreutils' `timeout` stops it (SIGTERM, then SIGKILL 10 s later) and
 * `stopped` says it did not finish.
 */
export function measure(command, args, cwd, { limitSeconds } = {}) {
  const timed = existsSync('/usr/bin/time');
  if (limitSeconds !== undefined) {
    args = ['-s', 'TERM', '-k', '10', String(Math.ceil(limitSeconds)), command, ...args];
    command = 'timeout';
  }
  const started = performance.now();
  const run = spawnSync(timed ? '/usr/bin/time' : command, timed ? ['-v', command, ...args] : args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const seconds = (performance.now() - started) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
  return {
    seconds,
    rssMb: rss ? Number(rss[1]) / 1024 : null,
    stdout: run.stdout ?? '',
    stderr: run.stderr ?? '',
    code: run.status,
    // timeout's status when it stopped the command (124; 137 if it had to kill it), or a run as
    // long as the limit: one full bench lost the status and /usr/bin/time's report of a stopped run.
    stopped:
      limitSeconds !== undefined && (run.status === 124 || run.status === 137 || seconds >= Math.ceil(limitSeconds)),
  };
}

/** The machine a measurement was made on. */
export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 1073741824),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}
