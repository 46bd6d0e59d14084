// npm run bench:search: search speed and recall at 10,000, 100,000 and 1,000,000 heroes.
// Each size gets its own database: the real seed plus synthetic heroes with realistic Russian,
// Tajik and transliterated names (none sharing a surname with the real heroes, so the labelled
// queries still have one right answer), then the labelled queries run and recall@3 and latency
// percentiles are printed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { createPrismaClient } from '../lib/prisma-client';
import { runSearch } from '../lib/search/query';
import { SearchQuerySchema } from '../lib/search/schemas';
import { buildSearchTerms } from '../lib/search/terms';
import { foldName } from '../lib/search/normalize';
import { PROJECT_ROOT, resolveDatabase } from './support/database';
import { migrate } from './support/migrate';
import { runSeed } from './support/seed-runner';

const HELP = `Usage: npm run bench:search [-- --sizes 10000,100000,1000000] [--runs N]
Builds one database per size (zvezda_bench_<size>) on DATABASE_URL's server or the embedded one,
and prints recall@3 and p50/p95 latency of the labelled queries for each. --runs repeats the
query set (default 2); --verbose lists the queries that missed and the slowest; --keep keeps the
databases (they are dropped after measuring otherwise). Exit status 0 on success, 1 on failure.`;
if (process.argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const arg = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > -1 ? process.argv[index + 1] : undefined;
};
const sizes = (arg('--sizes') ?? '10000,100000,1000000').split(',').map(Number);
const runs = Number(arg('--runs') ?? 2);
const verbose = process.argv.includes('--verbose');
const keep = process.argv.includes('--keep');
if (sizes.some((n) => !Number.isInteger(n) || n < 100) || !Number.isInteger(runs) || runs < 1) {
  console.error(HELP);
  process.exit(1);
}

// Deterministic pseudo-random numbers, so every run builds the same data.
let state = 20261121;
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;

const SURNAME_STEMS = ['Абдулло', 'Бобо', 'Гафур', 'Давлат', 'Джура', 'Зиё', 'Ибрагим', 'Исмоил', 'Камол', 'Курбон', 'Латиф', 'Мадали', 'Махмад', 'Муродали', 'Назрул', 'Один', 'Пулат', 'Раджаб', 'Сафар', 'Султон', 'Тагой', 'Умар', 'Файзулло', 'Хайдар', 'Холмурод', 'Чорш', 'Шамсиддин', 'Эргаш', 'Юсуф', 'Якуб', 'Иван', 'Петр', 'Сидор', 'Кузнец', 'Смирн', 'Попов', 'Васил', 'Соколь', 'Михайл', 'Новик', 'Федор', 'Морозь', 'Волк', 'Алексе', 'Лебед', 'Семён', 'Егор', 'Павл', 'Козл', 'Степан', 'Никола', 'Орл', 'Андре', 'Макар', 'Никит', 'Захар', 'Зайц', 'Соловь', 'Борис', 'Яковл', 'Григорь', 'Роман', 'Воробь', 'Сергее', 'Кузьмин', 'Фрол', 'Александр', 'Дмитри', 'Корол', 'Гусь', 'Киселё', 'Ильин', 'Максим', 'Поляк', 'Сорокин', 'Виноград', 'Ковал', 'Белов', 'Медвед', 'Антон', 'Тарас', 'Жук', 'Баран', 'Филат', 'Кудряв', 'Бараш', 'Туйчи', 'Нурали', 'Файзали', 'Олим', 'Рустам', 'Саидали', 'Шариф', 'Абдурахмон', 'Додо', 'Гулом', 'Иброхим', 'Мирзо', 'Назар', 'Рахмон', 'Собир', 'Тошмат', 'Усмон', 'Хасан', 'Хусейн', 'Шоди', 'Юнус', 'Кодир', 'Мавлон', 'Нуриддин', 'Кенжа', 'Ашур', 'Бахром', 'Валиджон', 'Ғаффор', 'Қосим', 'Ҳамид', 'Ҷалол', 'Зокир', 'Икром', 'Карим', 'Лутфулло', 'Муҳаммад', 'Наим', 'Обид', 'Ражаб'];
const GIVEN = ['Абдулло', 'Бобо', 'Гафур', 'Давлат', 'Джура', 'Ибрагим', 'Исмоил', 'Камол', 'Курбон', 'Латиф', 'Махмад', 'Пулат', 'Раджаб', 'Султон', 'Умар', 'Файзулло', 'Хайдар', 'Шамсиддин', 'Эргаш', 'Юсуф', 'Иван', 'Пётр', 'Сергей', 'Николай', 'Алексей', 'Михаил', 'Фёдор', 'Андрей', 'Василий', 'Григорий', 'Дмитрий', 'Егор', 'Павел', 'Степан', 'Яков', 'Борис', 'Роман', 'Максим', 'Тарас', 'Антон', 'Нурали', 'Олим', 'Рустам', 'Саидали', 'Гулом', 'Иброхим', 'Назар', 'Рахмон', 'Собир', 'Тошмат', 'Усмон', 'Хасан', 'Хусейн', 'Шоди', 'Юнус', 'Кодир', 'Бахром', 'Зокир', 'Икром', 'Карим', 'Наим', 'Обид', 'Ҷӯра', 'Қурбон', 'Ғулом', 'Ҳасан'];
const PLACES = ['Stalinabad', 'Leninabad', 'Kurgan-Tyube', 'Kulyab', 'Ura-Tyube', 'Garm', 'Pendzhikent', 'Isfara', 'Shaartuz', 'Kolkhozabad', 'Tashkent', 'Samarkand', 'Fergana', 'Namangan', 'Alma-Ata', 'Frunze', 'Ashkhabad', 'Moscow', 'Kazan', 'Saratov', 'Ryazan', 'Tula', 'Kursk', 'Orel', 'Gorky', 'Omsk', 'Tomsk', 'Barnaul', 'Ufa', 'Perm'];
const UNIT_TYPES = ['Rifle Regiment', 'Rifle Division', 'Guards Rifle Regiment', 'Cavalry Regiment', 'Tank Brigade', 'Artillery Regiment', 'Separate Sapper Battalion'];

const RU_TO_LAT: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', ғ: 'gh', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', ӣ: 'i', й: 'y', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ӯ: 'u', ф: 'f', х: 'kh', ҳ: 'h', ц: 'ts', ч: 'ch', ҷ: 'j', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' };
function latin(text: string): string {
  const out = Array.from(text.toLowerCase(), (c) => RU_TO_LAT[c] ?? c).join('');
  const variant = random();
  const spelled = variant < 0.2 ? out.replace(/kh/g, 'h') : variant < 0.3 ? out.replace(/kh/g, 'x') : variant < 0.4 ? out.replace(/ov$/, 'off') : out;
  return spelled.charAt(0).toUpperCase() + spelled.slice(1);
}

type Synthetic = { id: string; slug: string; surnameRu: string; givenRu: string; patronymicRu: string; surnameEn: string; givenEn: string; place: string; unit: string };

function syntheticHero(index: number, realSurnames: Set<string>): Synthetic {
  let surnameRu = '';
  do {
    const stem = pick(SURNAME_STEMS);
    surnameRu = stem + (/[аеёиоуыэюя]$/i.test(stem) ? pick(['ев', 'в', 'ров']) : pick(['ов', 'ев', 'зода', 'ии', 'ович']));
  } while (realSurnames.has(foldName(surnameRu)));
  const givenRu = pick(GIVEN);
  const father = pick(GIVEN);
  const patronymicRu = father + (/[аеёиоуыэюяй]$/i.test(father) ? 'евич' : 'ович');
  return {
    id: `bench${index}`,
    slug: `bench-${index}`,
    surnameRu,
    givenRu,
    patronymicRu,
    surnameEn: latin(surnameRu),
    givenEn: latin(givenRu),
    place: pick(PLACES),
    unit: `${Math.floor(random() * 1200) + 1}th ${pick(UNIT_TYPES)}`,
  };
}

/** One COPY at a time: a connection carries a single COPY stream. */
async function copy(_sql: postgres.Sql, statement: postgres.PendingQuery<postgres.Row[]>, text: string): Promise<void> {
  const stream = await statement.writable();
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
    stream.end(text);
  });
}

async function fill(url: string, size: number): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const real = await sql<{ surnameRu: string }[]>`SELECT "surnameRu" FROM "Hero"`;
    // Compared folded: "Давлатов" and "Давлятов" are one surname to the search, as to a reader.
    const realSurnames = new Set(real.map((r) => foldName(r.surnameRu)));
    const toAdd = size - real.length;
    // Loading is faster without the term indexes; they are rebuilt once at the end.
    await sql`DROP INDEX IF EXISTS "SearchTerm_normalized_heroId_kind_idx"`;
    await sql`DROP INDEX IF EXISTS "SearchTerm_heroId_idx"`;
    await sql`ALTER TABLE "SearchTerm" DROP CONSTRAINT IF EXISTS "SearchTerm_heroId_fkey"`;
    const lexemes = new Set<string>();
    const batch = 20_000;
    for (let start = 0; start < toAdd; start += batch) {
      const heroes = Array.from({ length: Math.min(batch, toAdd - start) }, (_, i) => syntheticHero(start + i, realSurnames));
      let heroText = '';
      let termText = '';
      for (const hero of heroes) {
        heroText += `${hero.id}\t${hero.slug}\t${hero.surnameRu}\t${hero.givenRu}\t${hero.patronymicRu}\t${hero.surnameEn}\t${hero.givenEn}\tTAJIK_SSR\tfalse\tsynthetic\tsynthetic\tsynthetic\tLOW\t{}\t2026-01-01\n`;
        const terms = buildSearchTerms({
          names: [`${hero.givenRu} ${hero.patronymicRu} ${hero.surnameRu}`, `${hero.givenEn} ${hero.surnameEn}`],
          givenNames: [hero.givenRu, hero.patronymicRu],
          places: [hero.place],
          units: [hero.unit],
          battles: [],
        });
        terms.forEach((term, k) => {
          termText += `${hero.id}-${k}\t${hero.id}\t${term.kind}\t${term.value}\t${term.normalized}\n`;
          lexemes.add(term.normalized);
        });
      }
      await copy(sql, sql`COPY "Hero" (id, slug, "surnameRu", "givenRu", "patronymicRu", "surnameEn", "givenEn", "group", "countedIn64", "membershipNote", "biographyEn", "biographyRu", confidence, "featFacts", "updatedAt") FROM STDIN`, heroText);
      await copy(sql, sql`COPY "SearchTerm" (id, "heroId", kind, value, normalized) FROM STDIN`, termText);
      process.stdout.write(`\r  loaded ${Math.min(start + batch, toAdd).toLocaleString('en')} synthetic heroes`);
    }
    process.stdout.write('\n');
    const words = [...lexemes];
    for (let i = 0; i < words.length; i += 10_000) {
      await sql`INSERT INTO "SearchLexeme" ${sql(words.slice(i, i + 10_000).map((normalized) => ({ normalized })))} ON CONFLICT DO NOTHING`;
    }
    await sql`CREATE INDEX "SearchTerm_normalized_heroId_kind_idx" ON "SearchTerm"("normalized", "heroId", "kind")`;
    await sql`CREATE INDEX "SearchTerm_heroId_idx" ON "SearchTerm"("heroId")`;
    await sql`ALTER TABLE "SearchTerm" ADD CONSTRAINT "SearchTerm_heroId_fkey" FOREIGN KEY ("heroId") REFERENCES "Hero"("id") ON DELETE CASCADE ON UPDATE CASCADE`;
    await sql`VACUUM ANALYZE`;
  } finally {
    await sql.end();
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

type Labelled = { query: string; expected: string };
const queries: Labelled[] = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/search-queries.json'), 'utf8'));

const database = await resolveDatabase();
const admin = postgres(database.url, { max: 1, onnotice: () => {} });
let status = 0;
const table: string[] = [];
try {
  for (const size of sizes) {
    const name = `zvezda_bench_${size}`;
    console.log(`\n${size.toLocaleString('en')} heroes (database ${name})`);
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    const url = database.url.replace(/\/[^/?]+(\?.*)?$/, `/${name}$1`);
    const loadStart = performance.now();
    await migrate(url);
    await runSeed(url);
    await fill(url, size);
    console.log(`  built in ${((performance.now() - loadStart) / 1000).toFixed(0)} s`);

    const prisma = createPrismaClient(url, { max: 1 });
    try {
      const client = prisma as Parameters<typeof runSearch>[0];
      for (const { query } of queries.slice(0, 20)) await runSearch(client, SearchQuerySchema.parse({ q: query, limit: 3 })); // warm-up
      const latencies: number[] = [];
      let found = 0;
      const misses: string[] = [];
      const slowest: [number, string][] = [];
      for (let run = 0; run < runs; run += 1) {
        for (const { query, expected } of queries) {
          const started = performance.now();
          const { hits } = await runSearch(client, SearchQuerySchema.parse({ q: query, limit: 3 }));
          latencies.push(performance.now() - started);
          slowest.push([performance.now() - started, query]);
          if (run === 0) {
            const ids = hits.map((h) => h.heroId);
            const slugs = ids.length ? (await prisma.hero.findMany({ where: { id: { in: ids } }, select: { slug: true } })).map((h) => h.slug) : [];
            if (slugs.includes(expected)) found += 1;
            else if (verbose) misses.push(`"${query}" (wanted ${expected}, got ${slugs.join(', ') || 'nothing'})`);
          }
        }
      }
      latencies.sort((a, b) => a - b);
      const line = `${size.toLocaleString('en').padStart(9)} heroes | recall@3 ${((found / queries.length) * 100).toFixed(1)}% | p50 ${percentile(latencies, 50).toFixed(1)} ms | p95 ${percentile(latencies, 95).toFixed(1)} ms | max ${latencies.at(-1)!.toFixed(1)} ms | ${latencies.length} queries`;
      console.log(`  ${line}`);
      if (verbose && misses.length) console.log(`  misses:\n    ${misses.join('\n    ')}`);
      if (verbose) {
        slowest.sort((a, b) => b[0] - a[0]);
        console.log(`  slowest: ${slowest.slice(0, 8).map(([ms, q]) => `"${q}" ${ms.toFixed(0)} ms`).join(', ')}`);
      }
      table.push(line);
    } finally {
      await prisma.$disconnect();
    }
    if (!keep) await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  console.log(`\nSummary\n${table.join('\n')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  status = 1;
} finally {
  await admin.end();
  await database.stop();
}
process.exit(status);
