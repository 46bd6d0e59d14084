// npm run import -- FILE [--dry-run] [--as EMAIL] [--valid-rows-only]: brings Heroes in from the
// archive's own export, the documented CSV or a Wikidata query result (lib/exports/import.ts).
import { existsSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { EmailSchema } from '../lib/accounts/schemas';
import { createPrismaClient } from '../lib/prisma-client';
import { importFile } from '../lib/exports/import';
import { ImportFileError } from '../lib/exports/import-formats';
import { resolveDatabase } from './db/database';
import { migrate } from './db/migrate';

const HELP = `Usage: npm run import -- FILE [--dry-run] [--as EMAIL] [--valid-rows-only]
Imports Heroes from FILE: this archive's JSON export (npm run export), a CSV with the documented
header (docs/open-data.md), or the JSON result of a Wikidata query (P166 = Q178473). Every row is
validated first; errors are listed by line and field, and a file with errors changes nothing
unless --valid-rows-only is given. Rows are matched by their Wikidata, warheroes.ru, Pamyat
Naroda or Podvig Naroda id or slug: new ones are created, changed ones updated with a revision
("imported from FILE, row N"), and a record edited in the archive is never overwritten: the
difference becomes a pending proposal. The whole import is one transaction.
  --dry-run          show what would be created, changed, proposed and left alone; change nothing
  --as EMAIL         the admin the import is recorded as (revisions, proposals, audit log)
  --valid-rows-only  import the valid rows of a file that has bad ones
Exit status 0 on success, 1 on bad arguments, an unreadable file, rows with errors (nothing
changed) or failure.`;

const argv = process.argv.slice(2).filter((a) => a !== '--');
if (argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const flags = new Set(argv.filter((a) => ['--dry-run', '--valid-rows-only'].includes(a)));
const asIndex = argv.indexOf('--as');
const asEmail = asIndex > -1 ? argv[asIndex + 1] : undefined;
const positional = argv.filter((a, i) => !a.startsWith('--') && (asIndex === -1 || i !== asIndex + 1));
const unknown = argv.filter((a) => a.startsWith('--') && !['--dry-run', '--valid-rows-only', '--as'].includes(a));
function fail(message: string): never {
  console.error(`${message}\n\n${HELP}`);
  process.exit(1);
}
if (unknown.length) fail(`Unknown option: ${unknown.join(' ')}`);
if (positional.length !== 1) fail('Name one file to import.');
const file = positional[0]!;
if (!existsSync(file)) fail(`No such file: ${file}`);
if (asIndex > -1 && !EmailSchema.safeParse(asEmail).success) fail('--as needs the email address of an admin.');

const database = await resolveDatabase((line) => console.error(line));
const prisma = createPrismaClient(database.url, { max: 2, statementTimeoutMs: 600_000 });
let status = 0;
const bar = new cliProgress.SingleBar(
  {
    format: '{phase} |{bar}| {value}/{total} rows | {rate} rows/s | {eta_formatted} left',
    etaBuffer: 2000,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
    stream: process.stderr,
  },
  cliProgress.Presets.shades_classic,
);
let started = false;
const begun = Date.now();
try {
  await migrate(database.url);
  let actorId: string | null = null;
  if (asEmail) {
    const user = await prisma.user.findUnique({
      where: { email: EmailSchema.parse(asEmail) },
      select: { id: true, role: true, disabledAt: true },
    });
    if (!user || user.role !== 'ADMIN' || user.disabledAt)
      throw new ImportFileError(
        `${asEmail} is not an active admin: an import acts as an admin (npm run user:role -- ${asEmail} admin).`,
      );
    actorId = user.id;
  }
  let validated = 0;
  const summary = await importFile(prisma, {
    file,
    dryRun: flags.has('--dry-run'),
    validRowsOnly: flags.has('--valid-rows-only'),
    actorId,
    onProgress: ({ phase, done, total }) => {
      if (phase === 'validate') {
        if (validated === 0) console.error('Validating every row…');
        validated = done;
        return;
      }
      if (!started) {
        console.error(`Validated ${total} good rows; importing them.`);
        bar.start(total, 0, { phase: 'Importing', rate: '0' });
        started = true;
      }
      const seconds = (Date.now() - begun) / 1000;
      bar.update(done, { rate: Math.round(done / Math.max(seconds, 0.001)) });
    },
  });
  if (started) bar.stop();
  for (const error of summary.errors.slice(0, 200))
    console.error(`line ${error.line}, ${error.field}: ${error.message}`);
  if (summary.errors.length > 200) console.error(`… and ${summary.errors.length - 200} more errors.`);
  const seconds = ((Date.now() - begun) / 1000).toFixed(1);
  const counts = `${summary.created} created, ${summary.changed} changed, ${summary.proposed} proposed for review (edited in the archive), ${summary.unchanged} unchanged, ${summary.skipped} rows with errors skipped`;
  if (flags.has('--dry-run')) {
    console.log(
      `Dry run of ${file} (${summary.format}, ${summary.rows} rows): would be ${counts}. Nothing was changed.`,
    );
    for (const e of summary.examples)
      console.log(`  ${e.outcome.padEnd(9)} line ${e.line}: ${e.slug}${e.fields ? ` (${e.fields.join(', ')})` : ''}`);
    if (summary.errors.length && !flags.has('--valid-rows-only')) status = 1;
  } else if (!summary.applied) {
    console.error(
      `${file} has ${summary.errors.length} error(s) in ${summary.skipped} row(s): nothing was imported. Fix them, or import the valid rows with --valid-rows-only.`,
    );
    status = 1;
  } else {
    console.log(`Imported ${file} (${summary.format}, ${summary.rows} rows) in ${seconds} s: ${counts}.`);
  }
} catch (error) {
  if (started) bar.stop();
  console.error(error instanceof ImportFileError ? error.message : error instanceof Error ? error.message : error);
  status = 1;
} finally {
  await prisma.$disconnect();
  await database.stop();
}
process.exit(status);
