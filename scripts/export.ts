// npm run export -- --format json|csv|jsonld|geojson [--out FILE] [--schema]: the published archive in
// the open-data format (lib/exports/export.ts), streamed from the database.
import { runWithDatabase } from './db/run-script';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { z } from 'zod';
import { streamExport } from '../lib/exports/export';
import { EXPORT_FORMATS, exportJsonSchema } from '../lib/exports/schemas';

const HELP = `Usage: npm run export -- [--format json|csv|jsonld|geojson] [--out FILE]
       npm run export -- --schema [--out FILE]
Writes every published Hero (names, places, units, battles, awards, sources, citations,
conflicts, approved media metadata, public history) to FILE, or to standard output. Nothing
private is written. Facts are CC0 1.0, texts CC BY-SA 4.0, media under each item's licence; the
licence is stated inside every export. --schema writes the JSON Schema of the JSON format instead.
Uses DATABASE_URL, or the embedded PostgreSQL (a running one is reused). Exit status 0 on
success, 1 on bad arguments or failure.`;

const argv = process.argv.slice(2).filter((a) => a !== '--');
if (argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const ArgsSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: 'The format must be json, csv, jsonld or geojson.' }).default('json'),
  out: z.string().min(1).optional(),
  schema: z.boolean(),
});
function parseArgs(list: string[]) {
  const values: Record<string, unknown> = { schema: false };
  for (let i = 0; i < list.length; i += 1) {
    const arg = list[i]!;
    if (arg === '--schema') values.schema = true;
    else if (arg === '--format' || arg === '--out') values[arg.slice(2)] = list[++i];
    else return { error: `Unknown argument: ${arg}` };
  }
  const parsed = ArgsSchema.safeParse(values);
  return parsed.success ? { args: parsed.data } : { error: parsed.error.issues.map((i) => i.message).join('\n') };
}
const parsed = parseArgs(argv);
if (!parsed.args) {
  console.error(`${parsed.error}\n\n${HELP}`);
  process.exit(1);
}
const args = parsed.args;

const out = args.out ? createWriteStream(args.out) : process.stdout;
async function write(text: string) {
  if (!out.write(text)) await once(out, 'drain');
}
async function finish() {
  if (out === process.stdout) return;
  await new Promise<void>((resolve, reject) =>
    (out as ReturnType<typeof createWriteStream>).end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

if (args.schema) {
  await write(`${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
  await finish();
  process.exit(0);
}

await runWithDatabase(
  async ({ prisma }) => {
    for await (const chunk of streamExport(prisma, args.format)) await write(chunk);
    await finish();
    if (args.out) console.error(`Wrote ${args.format.toUpperCase()} to ${args.out}.`);
  },
  { statementTimeoutMs: 120_000 },
);
