// How `npm run build` compiles the serving process (scripts/serve.ts, server/, the lib/ modules
// they import) into SERVE_BUNDLE, which npm start, the tests and the benchmarks run with plain
// Node (server/site-process.ts). Packages stay outside it and are loaded from node_modules.
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { SERVE_BUNDLE } from './site-process';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The cache handlers (lib/cache-handlers/*.cjs) stay files of their own, imported by a path
 * relative to the bundle's folder: Next loads the same files by path (next.config.js), and they
 * require Next's private modules at run time, which Node must find in node_modules.
 */
function cacheHandlersFromLib(outdir: string): Plugin {
  return {
    name: 'cache-handlers-from-lib',
    setup(builder) {
      builder.onResolve({ filter: /cache-handlers\/[^/]+\.cjs$/ }, (args) => {
        const target = path.resolve(args.resolveDir, args.path);
        return { path: `./${path.relative(outdir, target).split(path.sep).join('/')}`, external: true };
      });
    },
  };
}

/** Writes the compiled serving process to `outfile` (by default SERVE_BUNDLE under the project). */
export async function bundleServer(outfile = path.join(ROOT, SERVE_BUNDLE)): Promise<void> {
  // server/server.ts finds the project root as the folder above its own, which holds in the
  // bundle only if the bundle too sits one folder below the root.
  if (path.dirname(path.dirname(outfile)) !== ROOT)
    throw new Error(`The server bundle must sit one folder below ${ROOT}, not at ${outfile}`);
  await build({
    entryPoints: [path.join(ROOT, 'scripts', 'serve.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [cacheHandlersFromLib(path.dirname(outfile))],
    logLevel: 'warning',
  });
}
