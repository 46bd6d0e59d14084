// Russian and Tajik for the fact sheet's texts, written for the archive from the sheet's facts
// (prisma/seed/translations/*.txt, keyed by the exact English text) and the glossary's terms.
// None was reviewed by a native speaker: every value the seed writes is a DRAFT translation.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Prisma } from '../../lib/generated/prisma/client';
import { glossaryByEnglish } from '../../lib/i18n/glossary';
import {
  candidateTexts,
  collectionTexts,
  recordTexts,
  recordTextsSelect,
  SHARED_ENTITIES,
  type TextRef,
} from '../../lib/i18n/record-texts';
import { tajikBiographies } from './biographies-tg';

type Tx = Prisma.TransactionClient;
export type Memory = Map<string, { ru?: string; tg?: string }>;

const FOLDER = path.join(import.meta.dirname, 'translations');
const TRANSLATED = ['ru', 'tg'] as const;

/**
 * Reads the .txt files: blocks of "en …", "ru …", "tg …" lines, one block per English text, blank
 * lines between, "#" for comments. Refuses a block without its English or a text given twice.
 */
export function loadTranslationMemory(folder = FOLDER): Memory {
  const memory: Memory = new Map();
  for (const term of glossaryByEnglish().values()) memory.set(term.en, { ru: term.ru, tg: term.tg });
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const blocks = readFileSync(path.join(folder, file), 'utf8').split(/\n\s*\n/);
    for (const block of blocks) {
      const lines = block.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
      if (lines.length === 0) continue;
      const entry: Record<string, string> = {};
      for (const line of lines) {
        const match = /^(en|ru|tg) (.+)$/.exec(line);
        if (!match) throw new Error(`${file}: cannot read "${line.slice(0, 60)}"`);
        entry[match[1]!] = match[2]!.trim();
      }
      if (!entry.en) throw new Error(`${file}: a block without its English text: "${lines[0]!.slice(0, 60)}"`);
      if (memory.has(entry.en) && !glossaryByEnglish().has(entry.en))
        throw new Error(`${file}: translated twice: "${entry.en.slice(0, 60)}"`);
      memory.set(entry.en, { ru: entry.ru, tg: entry.tg });
    }
  }
  return memory;
}

/** One draft as written (the Russian biography's row carries neither a value nor a source text). */
type DraftRow = Pick<TextRef, 'entity' | 'entityId' | 'field' | 'heroId'> & {
  locale: (typeof TRANSLATED)[number];
  value: string | null;
  sourceText: string | null;
  status: 'DRAFT';
};

function rowsFor(refs: readonly TextRef[], memory: Memory): DraftRow[] {
  return refs.flatMap((ref) =>
    TRANSLATED.flatMap((locale) => {
      const value = memory.get(ref.english)?.[locale];
      return value
        ? [
            {
              entity: ref.entity,
              entityId: ref.entityId,
              field: ref.field,
              locale,
              value,
              sourceText: ref.english,
              status: 'DRAFT',
              heroId: ref.heroId,
            },
          ]
        : [];
    }),
  );
}

/**
 * Writes the drafts for one Hero's texts. `replace` (a record the seed has just refreshed) first
 * removes the Hero's own rows; otherwise only missing values are added. Texts of places, units and
 * battles are shared by pages, so they are only ever added, never replaced.
 */
export async function writeHeroTranslations(tx: Tx, heroId: string, memory: Memory, replace: boolean): Promise<number> {
  const hero = await tx.hero.findUniqueOrThrow({ where: { id: heroId }, select: recordTextsSelect });
  if (replace) await tx.translation.deleteMany({ where: { heroId } });
  const refs = recordTexts(hero).filter((ref) => !(ref.entity === 'Hero' && ref.field === 'biography'));
  const rows = rowsFor(refs, memory);
  const tajik = tajikBiographies[hero.slug];
  if (hero.biographyRu)
    rows.push({
      entity: 'Hero',
      entityId: heroId,
      field: 'biography',
      locale: 'ru',
      value: null,
      sourceText: null,
      status: 'DRAFT',
      heroId,
    });
  if (tajik)
    rows.push({
      entity: 'Hero',
      entityId: heroId,
      field: 'biography',
      locale: 'tg',
      value: tajik,
      sourceText: hero.biographyEn,
      status: 'DRAFT',
      heroId,
    });
  const own = rows.filter((row) => !SHARED_ENTITIES.includes(row.entity));
  const shared = rows.filter((row) => SHARED_ENTITIES.includes(row.entity));
  const created = await tx.translation.createMany({ data: own, skipDuplicates: true });
  const sharedCreated = await tx.translation.createMany({ data: shared, skipDuplicates: true });
  return created.count + sharedCreated.count;
}

export async function writeCollectionTranslations(tx: Tx, collectionId: string, memory: Memory): Promise<number> {
  const collection = await tx.collection.findUniqueOrThrow({
    where: { id: collectionId },
    select: { id: true, countSource: true, caveats: true, otherCounts: { select: { id: true, source: true } } },
  });
  const { count } = await tx.translation.createMany({
    data: rowsFor(collectionTexts(collection), memory),
    skipDuplicates: true,
  });
  return count;
}

/**
 * The drafts of the candidates' texts. A text whose English changed (a new revision of the sheet)
 * gets the memory's value for its new English; a value proposed or reviewed in the archive is kept.
 */
export async function writeCandidateTranslations(tx: Tx, memory: Memory): Promise<number> {
  const candidates = await tx.candidate.findMany({
    select: { id: true, surnameRu: true, initial: true, evidence: true, status: true },
  });
  const rows = rowsFor(candidates.flatMap(candidateTexts), memory);
  for (const row of rows) {
    await tx.translation.deleteMany({
      where: {
        entity: row.entity,
        entityId: row.entityId,
        field: row.field,
        locale: row.locale,
        status: 'DRAFT',
        NOT: { sourceText: row.sourceText },
      },
    });
  }
  const { count } = await tx.translation.createMany({ data: rows, skipDuplicates: true });
  return count;
}
