// How the site's server process is started: by npm start, by bench:pages and by the tests' sites,
// so what is measured and tested is what runs; and how npm start keeps it running.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
//
// V8 flags. Sites are quiet most of the time: pages come from cache and approvals are seconds or
// days apart. While idle, V8 shrinks the heap (the "memory reducer") and, over the collections
// that follows, drops the bytecode of functions that have not run ("bytecode flushing"), so the
// first render after a quiet spell compiled them again. Measured on the 2-core machine, profile
// misses 12 s apart, two pairs of 16 each: with both off every rank of the distribution was 8 to
// 25 ms lower (medians 108 and 123 ms against 121 and 131; slowest 146 and 171 against 160 and
// 197), at the same memory (371 MB against 364 MB resident).
const SITE_NODE_FLAGS = ['--no-flush-bytecode', '--no-memory-reducer'] as const;

/**
 * The serving process as `npm run build` compiles it (server/bundle.ts): scripts/serve.ts and what
 * it imports from server/ and lib/, in one JavaScript file that plain Node runs. Run through tsx
 * instead, every module Node loads, Next's own included, passed through the loader's hooks, and a
 * site took about 1.5 times as long to answer its first page (docs/performance.md).
 */
export const SERVE_BUNDLE = path.join('dist', 'serve.mjs');

/**
 * Node's arguments for the serving process, relative to the project root: the V8 flags, any
 * `--import` preloads (the tests' error reporter), then the compiled server. `dev` runs
 * scripts/serve.ts from its TypeScript through tsx instead, so an edit needs no build.
 */
export function siteNodeArgs(options: { dev?: boolean; preload?: string[] } = {}): string[] {
  const preload = (options.preload ?? []).flatMap((file) => ['--import', file]);
  return options.dev
    ? [...SITE_NODE_FLAGS, '--import', 'tsx', ...preload, path.join('scripts', 'serve.ts'), '--dev']
    : [...SITE_NODE_FLAGS, ...preload, SERVE_BUNDLE];
}

/** Waits between restarts of a serving process that keeps dying: 1 s, 2 s, 4 s… then every 30 s. */
const RESTART_DELAYS_MS = [1000, 2000, 4000, 8000, 16_000, 30_000] as const;
/** A process that served this long before it died starts again after the shortest wait. */
const STABLE_AFTER_MS = 60_000;
/** A clean stop waits this long for the serving process to drain its requests, then kills it. */
const STOP_TIMEOUT_MS = 30_000;

export type SupervisedSite = {
  /** Stops the serving process with `signal` (it drains its requests) and resolves with its exit code. */
  stop: (signal: NodeJS.Signals) => Promise<number>;
};

/**
 * Runs the serving process and starts it again whenever it ends without being asked to (kill -9,
 * an out-of-memory kill, an uncaught error), with back-off. Whoever calls this keeps the database
 * running meanwhile: readers get a few seconds of refused connections, not an outage that lasts
 * until someone runs npm start again.
 */
export function superviseSiteProcess(
  args: readonly string[],
  options: SpawnOptions,
  log: (line: string) => void = console.log,
): SupervisedSite {
  let child: ChildProcess | null = null;
  let restart: NodeJS.Timeout | null = null;
  let failures = 0;
  let stopping: Promise<number> | null = null;
  let onStopped: ((code: number) => void) | null = null;

  function launch() {
    restart = null;
    const startedAt = Date.now();
    const current = spawn(process.execPath, args, options);
    child = current;
    log(`The serving process started (pid ${current.pid}).`);
    current.on('error', (error) => log(`The serving process could not be started: ${error.message}`));
    current.on('exit', (code, signal) => {
      child = null;
      if (onStopped) return onStopped(code ?? 0);
      if (Date.now() - startedAt >= STABLE_AFTER_MS) failures = 0;
      const delay = RESTART_DELAYS_MS[Math.min(failures, RESTART_DELAYS_MS.length - 1)]!;
      failures += 1;
      log(
        `The serving process (pid ${current.pid}) ended (${signal ?? `exit code ${code}`}); starting it again in ${delay / 1000} s. ` +
          'The database keeps running.',
      );
      restart = setTimeout(launch, delay);
    });
  }

  launch();
  return {
    stop(signal) {
      stopping ??= new Promise<number>((resolve) => {
        if (restart) clearTimeout(restart);
        const running = child;
        if (!running) return resolve(0);
        const kill = setTimeout(() => running.kill('SIGKILL'), STOP_TIMEOUT_MS);
        onStopped = (code) => {
          clearTimeout(kill);
          resolve(code);
        };
        running.kill(signal);
      });
      return stopping;
    },
  };
}
