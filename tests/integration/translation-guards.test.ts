// Every Russian and Tajik text the seed writes, held to the glossary and the guards beside it: no
// Uzbek letters in Tajik, no calque or wrong form the review of 2026-12-05 found, no hedge lost in
// translation (a descendant must not read as fact what the English calls likely), and the
// glossary's form wherever the English names one of its concepts. Read from the seeded database
// (what a reader gets) and from the translation memory and biographies as written (what the next
// seed writes), so a text the seed skips is checked too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import {
  bannedTermsIn,
  hedgesIn,
  missingConcepts,
  NOT_TAJIK_LETTERS,
  type TranslatedLocale,
} from '../../lib/i18n/term-guards';
import { loadTranslationMemory } from '../../prisma/seed/translations';
import { biographies } from '../../prisma/seed/biographies';
import { tajikBiographies } from '../../prisma/seed/biographies-tg';
import { fileDatabaseUrl } from '../support/database';

type Text = { where: string; locale: TranslatedLocale; english: string | null; value: string };

const LOCALES: readonly TranslatedLocale[] = ['ru', 'tg'];

async function seededTexts(): Promise<Text[]> {
  const db = createPrismaClient(fileDatabaseUrl(), { max: 2 });
  try {
    const slugs = new Map(
      (await db.hero.findMany({ select: { id: true, slug: true } })).map((hero) => [hero.id, hero.slug]),
    );
    const rows = await db.translation.findMany({
      where: { value: { not: null }, locale: { in: [...LOCALES] } },
      select: { entity: true, entityId: true, field: true, locale: true, value: true, sourceText: true, heroId: true },
      orderBy: [{ entity: 'asc' }, { entityId: 'asc' }, { field: 'asc' }, { locale: 'asc' }],
    });
    const texts: Text[] = rows.map((row) => ({
      where: `${row.heroId ? `${slugs.get(row.heroId)} ` : ''}${row.entity}.${row.field} (${row.entityId})`,
      locale: row.locale as TranslatedLocale,
      english: row.sourceText,
      value: row.value!,
    }));
    // The Russian biography is the record's own column, not a Translation row.
    for (const hero of await db.hero.findMany({ select: { slug: true, biographyEn: true, biographyRu: true } })) {
      if (hero.biographyRu)
        texts.push({
          where: `${hero.slug} Hero.biographyRu`,
          locale: 'ru',
          english: hero.biographyEn,
          value: hero.biographyRu,
        });
    }
    return texts;
  } finally {
    await db.$disconnect();
  }
}

function writtenTexts(): Text[] {
  const texts: Text[] = [];
  for (const [english, entry] of loadTranslationMemory()) {
    for (const locale of LOCALES) {
      const value = entry[locale];
      if (value) texts.push({ where: `TM "${english.slice(0, 60)}"`, locale, english, value });
    }
  }
  for (const [slug, { en, ru }] of Object.entries(biographies)) {
    texts.push({ where: `biographies.ts ${slug}`, locale: 'ru', english: en, value: ru });
    const tajik = tajikBiographies[slug];
    if (tajik) texts.push({ where: `biographies-tg.ts ${slug}`, locale: 'tg', english: en, value: tajik });
  }
  return texts;
}

/** The seeded texts, then the written ones the database does not already hold word for word. */
async function allTexts(): Promise<Text[]> {
  const seeded = await seededTexts();
  const seen = new Set(seeded.map((text) => `${text.locale}\u0000${text.english}\u0000${text.value}`));
  return [
    ...seeded,
    ...writtenTexts().filter((text) => !seen.has(`${text.locale}\u0000${text.english}\u0000${text.value}`)),
  ];
}

/** Paragraph by paragraph where the translation keeps the English paragraphs, else the whole text. */
function alignedParts(english: string, value: string): [string, string][] {
  const en = english.split(/\n\s*\n/);
  const translated = value.split(/\n\s*\n/);
  return en.length === translated.length ? en.map((part, index) => [part, translated[index]!]) : [[english, value]];
}

const show = (text: Text, extra: string) => `${text.where} [${text.locale}] ${extra}\n    ${text.value.slice(0, 400)}`;

function interfaceValues(locale: TranslatedLocale): Text[] {
  const messages: unknown = JSON.parse(
    readFileSync(path.join(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8'),
  );
  const texts: Text[] = [];
  const walk = (node: unknown, key: string) => {
    if (typeof node === 'string')
      texts.push({ where: `messages/${locale}.json ${key}`, locale, english: null, value: node });
    else if (node && typeof node === 'object')
      for (const [name, child] of Object.entries(node)) walk(child, key ? `${key}.${name}` : name);
  };
  walk(messages, '');
  return texts;
}

function letterAndTermFaults(texts: readonly Text[]): string[] {
  const faults: string[] = [];
  for (const text of texts) {
    if (text.locale === 'tg' && NOT_TAJIK_LETTERS.test(text.value))
      faults.push(show(text, `Uzbek ў/Ў: "${NOT_TAJIK_LETTERS.exec(text.value)![0]}"`));
    for (const { found, use } of bannedTermsIn(text.value, text.locale)) faults.push(show(text, `"${found}" → ${use}`));
  }
  return faults;
}

describe('the guards themselves', () => {
  it('find what they are meant to, on Cyrillic word edges (they can fail)', () => {
    expect(bannedTermsIn('мақолаи СПАД-и соли 2020', 'tg').map((f) => f.found)).toEqual(['СПАД']);
    expect(bannedTermsIn('мақолаи соли 2020-и СААД', 'tg')).toEqual([]);
    expect(bannedTermsIn('захираи Фармондеҳии Олӣ', 'tg')).toHaveLength(1);
    expect(bannedTermsIn('захираи Сарфармондеҳии Олӣ (РВГК)', 'tg')).toEqual([]);
    expect(bannedTermsIn('дар назди баландии 171 фарқ кард', 'tg')).toHaveLength(1);
    expect(bannedTermsIn('навишт фарқ мекунад', 'tg')).toEqual([]);
    expect(hedgesIn('если он родился', 'ru')).toEqual(['если']);
    expect(hedgesIn('Ахмедов могила', 'ru')).toEqual([]);
    expect(hedgesIn('агар ӯ', 'tg')).toEqual(['агар']);
    expect(hedgesIn('on 9 May 1945 the archive would welcome documents', 'en')).toEqual([]);
    expect(hedgesIn('a posthumous award is likely', 'en')).toEqual(['likely']);
    expect(
      missingConcepts(
        'the 1177th regiment of the Supreme Command Reserve',
        'полки 1177-уми захираи Фармондеҳии Олӣ',
        'tg',
      ),
    ).toEqual(['SUPREME_COMMAND_RESERVE']);
    expect(NOT_TAJIK_LETTERS.test('тўп')).toBe(true);
  });
});

describe('every seeded Russian and Tajik record text', () => {
  it('is written in Tajik letters and uses no banned calque, Russian word or wrong form', async () => {
    const texts = await allTexts();
    expect(texts.filter((text) => text.locale === 'tg').length).toBeGreaterThan(400);
    expect(letterAndTermFaults(texts)).toEqual([]);
  });

  it('keeps a hedge wherever the English hedges', async () => {
    const lost: string[] = [];
    let hedged = 0;
    for (const text of await allTexts()) {
      if (!text.english) continue;
      for (const [english, value] of alignedParts(text.english, text.value)) {
        const triggers = hedgesIn(english, 'en');
        if (triggers.length === 0) continue;
        hedged += 1;
        if (hedgesIn(value, text.locale).length === 0)
          lost.push(show({ ...text, value }, `English hedges (${triggers.join(', ')}): "${english.slice(0, 200)}"`));
      }
    }
    expect(hedged).toBeGreaterThan(50);
    expect(lost).toEqual([]);
  });

  it("uses the glossary's form wherever the English names one of its concepts", async () => {
    const missing: string[] = [];
    for (const text of await allTexts()) {
      if (!text.english) continue;
      for (const [english, value] of alignedParts(text.english, text.value)) {
        const concepts = missingConcepts(english, value, text.locale);
        if (concepts.length > 0)
          missing.push(show({ ...text, value }, `lacks ${concepts.join(', ')}: "${english.slice(0, 160)}"`));
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the interface strings (messages/*.json)', () => {
  // Kept apart from the records: the interface is fixed in its own change.
  it('are written in Tajik letters and use no banned calque, Russian word or wrong form', () => {
    expect(letterAndTermFaults([...interfaceValues('ru'), ...interfaceValues('tg')])).toEqual([]);
  });
});
