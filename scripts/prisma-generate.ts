// Generates the Prisma client into lib/generated/prisma (run by `npm install`).
// The Prisma CLI insists on finding its schema-engine binary even for `generate`, which does not
// use it, and tries to download it when missing. Where no engine was installed (machines without
// internet), point it at any executable so `generate` runs; where one exists, leave Prisma alone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

if (process.argv.includes('--help')) {
  console.log('Usage: npm run prisma:generate\nGenerates the Prisma client into lib/generated/prisma.');
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '..');
const enginesDir = path.join(root, 'node_modules', '@prisma', 'engines');
const hasEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith('schema-engine'));

const env = { ...process.env };
if (!hasEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;

const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate'],
  { cwd: root, env, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
