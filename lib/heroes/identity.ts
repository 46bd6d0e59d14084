// The one way a Hero's identity is made, whoever makes the record: the seed (prisma/seed), the
// import (lib/exports/import-insert.ts) and a new-Hero proposal's approval (lib/submissions/new-hero.ts).
// Pure apart from freeHeroSlug, and it imports no database client, so scripts load it too.
import type { Prisma } from '../generated/prisma/client';
import type { NameFormOrigin, NameScript } from '../generated/prisma/enums';
import { foldName } from '../search/normalize';
import { firstFreeSlug, slugify } from '../slug';
import { displayName } from './names';

export type { NameScript };
export type NameLanguage = 'ru' | 'tg' | 'en';
export type NameForm = {
  value: string;
  script: NameScript;
  language: NameLanguage | null;
  isPrimary: boolean;
  normalized: string;
};

/** The name fields a slug and the record's own name forms are made from. */
export type IdentityNames = {
  surnameRu: string;
  givenRu: string | null;
  patronymicRu: string | null;
  givenInitialRu: string | null;
  surnameEn: string;
  givenEn: string | null;
  givenInitialEn: string | null;
  fullNameTg: string | null;
  fullNameTgOrigin: NameFormOrigin | null;
};

/**
 * The script of a spelling nothing else is known about: Cyrillic or Latin, from the letters. Never
 * a language: Қ, Ӯ, Ҳ are Tajik, Kazakh, Uzbek Cyrillic…, and a Tajik spelling may hold none of
 * them ("Домулло Азизов"), so a form is TG only because of where it comes from (the record's
 * Tajik form, or a spelling a source gives as Tajik), never because of its letters.
 */
export function scriptOf(value: string): Exclude<NameScript, 'TG'> {
  return /\p{Script=Cyrillic}/u.test(value) ? 'RU' : 'LATIN';
}

/** One name form, folded for search. */
export function nameForm(
  value: string,
  script: NameScript,
  language: NameLanguage | null,
  isPrimary: boolean,
): NameForm {
  const clean = value.trim();
  return { value: clean, script, language, isPrimary, normalized: foldName(clean) };
}

/**
 * The Tajik form a record shows and where it comes from: a source's spelling first, else the
 * archive's transliteration (shown as such), else none; unknown stays unknown.
 */
export function tajikForm(forms: {
  source?: string | null;
  transliteration?: string | null;
}): Pick<IdentityNames, 'fullNameTg' | 'fullNameTgOrigin'> {
  if (forms.source) return { fullNameTg: forms.source, fullNameTgOrigin: 'SOURCE' };
  if (forms.transliteration) return { fullNameTg: forms.transliteration, fullNameTgOrigin: 'TRANSLITERATION' };
  return { fullNameTg: null, fullNameTgOrigin: null };
}

/**
 * The record's own name forms: the Russian and the English full names (primary, each in the
 * language of its fields) and the Tajik form (TG; a language only where a source or a proposer
 * gives it, not for the archive's transliteration). A form equal to an earlier one is listed once.
 */
export function recordNameForms(names: IdentityNames): NameForm[] {
  const forms = [
    nameForm(displayName({ ...names, patronymicInitialRu: null }, 'ru'), 'RU', 'ru', true),
    nameForm(displayName({ ...names, patronymicInitialRu: null }, 'en'), 'LATIN', 'en', true),
    ...(names.fullNameTg
      ? [nameForm(names.fullNameTg, 'TG', names.fullNameTgOrigin === 'TRANSLITERATION' ? null : 'tg', false)]
      : []),
  ];
  return forms.filter((form, index) => form.value && forms.findIndex((other) => other.value === form.value) === index);
}

/** "Veniamin Nedoshivin" -> "veniamin-nedoshivin", "A. Rakhimov" -> "a-rakhimov": the English name as a reader sees it. */
export function heroSlugBase(names: Pick<IdentityNames, 'surnameEn' | 'givenEn' | 'givenInitialEn'>): string {
  return slugify([names.givenEn ?? names.givenInitialEn, names.surnameEn].filter(Boolean).join(' '), 'hero');
}

/**
 * A new Hero's slug: his English name; when another record holds it, with his birth year (two
 * men of one name are told apart by what a reader knows of them); then -2, -3…. A slug, once
 * given, never changes: the record that held a name first keeps it.
 */
export function heroSlug(
  hero: Pick<IdentityNames, 'surnameEn' | 'givenEn' | 'givenInitialEn'> & { birthDate: string | null },
  taken: Iterable<string>,
): string {
  const used = new Set(taken);
  const base = heroSlugBase(hero);
  if (!used.has(base)) return base;
  const year = /^\d{4}/.exec(hero.birthDate ?? '')?.[0];
  return firstFreeSlug(year ? `${base}-${year}` : base, used);
}

/** The slugs heroSlug may choose for these bases (each base, with the year, with -2…-21), to read which are taken in one query. */
export function heroSlugCandidates(
  hero: Pick<IdentityNames, 'surnameEn' | 'givenEn' | 'givenInitialEn'> & { birthDate: string | null },
): string[] {
  const base = heroSlugBase(hero);
  const year = /^\d{4}/.exec(hero.birthDate ?? '')?.[0];
  const stems = year ? [base, `${base}-${year}`] : [base];
  return stems.flatMap((stem) => [stem, ...Array.from({ length: 20 }, (_, n) => `${stem}-${n + 2}`)]);
}

/** heroSlug against the archive, inside the transaction that creates the record. */
export async function freeHeroSlug(
  tx: Prisma.TransactionClient,
  hero: Parameters<typeof heroSlug>[0],
): Promise<string> {
  const base = heroSlugBase(hero);
  // Two approvals of one name at once: the second waits here until the first commits, then sees its slug.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`hero-slug:${base}`}))`;
  const rows = await tx.hero.findMany({
    where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
    select: { slug: true },
  });
  return heroSlug(
    hero,
    rows.map((row) => row.slug),
  );
}
