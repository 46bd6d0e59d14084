// Synthetic Heroes for the benchmarks: the real seed plus generated heroes with realistic Russian,
// Tajik and transliterated names (none sharing a surname with the real heroes, so the search's
// labelled queries still have one right answer), loaded with COPY into a database of their own.
import postgres from 'postgres';
import { buildSearchTerms } from '../../lib/search/terms';
import { foldName, transliterateCyrillic } from '../../lib/search/normalize';
import { migrate } from '../db/migrate';
import { runSeed } from '../db/seed-runner';

// Deterministic pseudo-random numbers, so every run builds the same data.
let state = 20261121;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;

const SURNAME_STEMS = [
  'Абдулло',
  'Бобо',
  'Гафур',
  'Давлат',
  'Джура',
  'Зиё',
  'Ибрагим',
  'Исмоил',
  'Камол',
  'Курбон',
  'Латиф',
  'Мадали',
  'Махмад',
  'Муродали',
  'Назрул',
  'Один',
  'Пулат',
  'Раджаб',
  'Сафар',
  'Султон',
  'Тагой',
  'Умар',
  'Файзулло',
  'Хайдар',
  'Холмурод',
  'Чорш',
  'Шамсиддин',
  'Эргаш',
  'Юсуф',
  'Якуб',
  'Иван',
  'Петр',
  'Сидор',
  'Кузнец',
  'Смирн',
  'Попов',
  'Васил',
  'Соколь',
  'Михайл',
  'Новик',
  'Федор',
  'Морозь',
  'Волк',
  'Алексе',
  'Лебед',
  'Семён',
  'Егор',
  'Павл',
  'Козл',
  'Степан',
  'Никола',
  'Орл',
  'Андре',
  'Макар',
  'Никит',
  'Захар',
  'Зайц',
  'Соловь',
  'Борис',
  'Яковл',
  'Григорь',
  'Роман',
  'Воробь',
  'Сергее',
  'Кузьмин',
  'Фрол',
  'Александр',
  'Дмитри',
  'Корол',
  'Гусь',
  'Киселё',
  'Ильин',
  'Максим',
  'Поляк',
  'Сорокин',
  'Виноград',
  'Ковал',
  'Белов',
  'Медвед',
  'Антон',
  'Тарас',
  'Жук',
  'Баран',
  'Филат',
  'Кудряв',
  'Бараш',
  'Туйчи',
  'Нурали',
  'Файзали',
  'Олим',
  'Рустам',
  'Саидали',
  'Шариф',
  'Абдурахмон',
  'Додо',
  'Гулом',
  'Иброхим',
  'Мирзо',
  'Назар',
  'Рахмон',
  'Собир',
  'Тошмат',
  'Усмон',
  'Хасан',
  'Хусейн',
  'Шоди',
  'Юнус',
  'Кодир',
  'Мавлон',
  'Нуриддин',
  'Кенжа',
  'Ашур',
  'Бахром',
  'Валиджон',
  'Ғаффор',
  'Қосим',
  'Ҳамид',
  'Ҷалол',
  'Зокир',
  'Икром',
  'Карим',
  'Лутфулло',
  'Муҳаммад',
  'Наим',
  'Обид',
  'Ражаб',
];
const GIVEN = [
  'Абдулло',
  'Бобо',
  'Гафур',
  'Давлат',
  'Джура',
  'Ибрагим',
  'Исмоил',
  'Камол',
  'Курбон',
  'Латиф',
  'Махмад',
  'Пулат',
  'Раджаб',
  'Султон',
  'Умар',
  'Файзулло',
  'Хайдар',
  'Шамсиддин',
  'Эргаш',
  'Юсуф',
  'Иван',
  'Пётр',
  'Сергей',
  'Николай',
  'Алексей',
  'Михаил',
  'Фёдор',
  'Андрей',
  'Василий',
  'Григорий',
  'Дмитрий',
  'Егор',
  'Павел',
  'Степан',
  'Яков',
  'Борис',
  'Роман',
  'Максим',
  'Тарас',
  'Антон',
  'Нурали',
  'Олим',
  'Рустам',
  'Саидали',
  'Гулом',
  'Иброхим',
  'Назар',
  'Рахмон',
  'Собир',
  'Тошмат',
  'Усмон',
  'Хасан',
  'Хусейн',
  'Шоди',
  'Юнус',
  'Кодир',
  'Бахром',
  'Зокир',
  'Икром',
  'Карим',
  'Наим',
  'Обид',
  'Ҷӯра',
  'Қурбон',
  'Ғулом',
  'Ҳасан',
];
const PLACES = [
  'Stalinabad',
  'Leninabad',
  'Kurgan-Tyube',
  'Kulyab',
  'Ura-Tyube',
  'Garm',
  'Pendzhikent',
  'Isfara',
  'Shaartuz',
  'Kolkhozabad',
  'Tashkent',
  'Samarkand',
  'Fergana',
  'Namangan',
  'Alma-Ata',
  'Frunze',
  'Ashkhabad',
  'Moscow',
  'Kazan',
  'Saratov',
  'Ryazan',
  'Tula',
  'Kursk',
  'Orel',
  'Gorky',
  'Omsk',
  'Tomsk',
  'Barnaul',
  'Ufa',
  'Perm',
];
const UNIT_TYPES = [
  'Rifle Regiment',
  'Rifle Division',
  'Guards Rifle Regiment',
  'Cavalry Regiment',
  'Tank Brigade',
  'Artillery Regiment',
  'Separate Sapper Battalion',
];

// The archive's own Cyrillic-to-Latin table, but for four letters spelled as in Tajik Latin (ғ gh,
// ё yo, қ q, ҳ h): the search must fold both spellings alike.
const TAJIK_LATIN: Record<string, string> = { ғ: 'gh', ё: 'yo', қ: 'q', ҳ: 'h' };
function latin(text: string): string {
  const out = Array.from(text.toLowerCase(), (c) => TAJIK_LATIN[c] ?? transliterateCyrillic(c)).join('');
  const variant = random();
  const spelled =
    variant < 0.2
      ? out.replace(/kh/g, 'h')
      : variant < 0.3
        ? out.replace(/kh/g, 'x')
        : variant < 0.4
          ? out.replace(/ov$/, 'off')
          : out;
  return spelled.charAt(0).toUpperCase() + spelled.slice(1);
}

type Synthetic = {
  id: string;
  slug: string;
  surnameRu: string;
  givenRu: string;
  patronymicRu: string;
  surnameEn: string;
  givenEn: string;
  place: string;
  unit: string;
};

function syntheticHero(index: number, realSurnames: Set<string>): Synthetic {
  let surnameRu: string;
  do {
    const stem = pick(SURNAME_STEMS);
    surnameRu =
      stem + (/[аеёиоуыэюя]$/i.test(stem) ? pick(['ев', 'в', 'ров']) : pick(['ов', 'ев', 'зода', 'ии', 'ович']));
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
      const heroes = Array.from({ length: Math.min(batch, toAdd - start) }, (_, i) =>
        syntheticHero(start + i, realSurnames),
      );
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
      await copy(
        sql,
        sql`COPY "Hero" (id, slug, "surnameRu", "givenRu", "patronymicRu", "surnameEn", "givenEn", "group", "countedIn64", "membershipNote", "biographyEn", "biographyRu", confidence, "featFacts", "updatedAt") FROM STDIN`,
        heroText,
      );
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

/** A fresh database `name` on the server of `serverUrl`, migrated, seeded and filled to `size` Heroes; its URL. */
export async function createBenchDatabase(serverUrl: string, name: string, size: number): Promise<string> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = serverUrl.replace(/\/[^/?]+(\?.*)?$/, `/${name}$1`);
  await migrate(url);
  await runSeed(url);
  await fill(url, size);
  return url;
}

export async function dropBenchDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
