// What a Russian or Tajik text must not say, and what it must keep, beside the glossary whose forms
// it enforces. The review of 2026-12-05 found the Tajik errors clustered in a few calques, Russian
// words and invented names, and found hedges ("would", "likely") turned into statements: a
// descendant reading in Tajik or Russian must never be told more than the English source knows.
// The seed's texts are tested against these lists (tests/integration/translation-guards.test.ts).
import { CONCEPT_TERMS, type ConceptKey } from './glossary';
import type { Locale } from './locale';

export type TranslatedLocale = Exclude<Locale, 'en'>;

// JavaScript's \b only knows ASCII letters, so it sees no word edge inside Cyrillic text.
const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_LETTER = '(?![\\p{L}\\p{N}])';

/** Whole words (or phrases): "если" but not "неесли". Case-insensitive unless `exactCase`. */
function word(source: string, exactCase = false): RegExp {
  return new RegExp(`${NOT_AFTER_LETTER}(?:${source})${NOT_BEFORE_LETTER}`, exactCase ? 'u' : 'iu');
}

/** A word's start, with any ending: "вероятн" finds вероятно, вероятный, вероятнее. */
function stem(source: string, exactCase = false): RegExp {
  return new RegExp(`${NOT_AFTER_LETTER}(?:${source})`, exactCase ? 'u' : 'iu');
}

type BannedTerm = { pattern: RegExp; use: string };

/** Uzbek ў looks like Tajik ӯ but is another letter: search, sorting and screen readers differ. */
export const NOT_TAJIK_LETTERS = /[ўЎ]/u;

/** Wrong forms per language, each with what to write instead. */
const BANNED_TERMS: Record<TranslatedLocale, readonly BannedTerm[]> = {
  tg: [
    { pattern: word('СПАД', true), use: CONCEPT_TERMS.CSTO_SHORT.tg },
    { pattern: stem('Паймони амнияти'), use: CONCEPT_TERMS.CSTO.tg },
    { pattern: stem('красноармее'), use: 'сарбози Артиши Сурх (қаторӣ); in running text "сарбози гвардия …"' },
    { pattern: stem('истеҳком'), use: CONCEPT_TERMS.BRIDGEHEAD.tg },
    { pattern: stem('роҳҳои наздик'), use: CONCEPT_TERMS.APPROACHES.tg },
    // "Сарфармондеҳии Олӣ" is right: only the bare "Фармондеҳии Олӣ" (high command) is wrong.
    {
      pattern: new RegExp(`${NOT_AFTER_LETTER}Фармондеҳии\\s+Олӣ`, 'iu'),
      use: CONCEPT_TERMS.SUPREME_COMMAND_RESERVE.tg,
    },
    { pattern: stem('фарқ\\s+кард'), use: CONCEPT_TERMS.DISTINGUISHED_HIMSELF.tg },
    { pattern: stem('армия'), use: 'артиш (артиши 54-ум; Артиши Сурх)' },
    { pattern: stem('омӯзишгоҳи\\s+муаллимтайёркун'), use: 'донишкадаи (институти) муаллимтайёркунии' },
    { pattern: word('дар\\s+мо\\s+нест'), use: 'Мо … надорем' },
    // A calque of «подпись»: имзо is a signature, not a caption.
    { pattern: stem('имзо'), use: 'тавзеҳ (матни зери акс)' },
    { pattern: stem('Памяти\\s+народа'), use: "«Память народа» (the site's own name)" },
    { pattern: stem('контузия\\s+шуд'), use: 'аз мавҷи таркиш осеб дид' },
    { pattern: stem('ягонтааш'), use: 'ҳеҷ кадоми онҳо' },
    { pattern: word('бо\\s+(?:як)?чанд\\s+роҳ'), use: 'ба чанд шакл' },
    { pattern: stem('толори\\s+Қаҳрамонон'), use: 'хиёбони Қаҳрамонон' },
    { pattern: stem('Чаяновски'), use: 'ноҳияи Чаянов' },
    { pattern: stem('кумак'), use: 'кӯмак' },
    { pattern: stem('хидмат'), use: 'хизмат' },
    { pattern: stem('тарҷумаи\\s+ҳолҳо'), use: 'тарҷумаҳои ҳол' },
    // Recalling an envoy, not taking back one's own proposal: the catalogue says бозпас гирифтан.
    { pattern: stem('бозхонд'), use: 'бозпас гирифтан' },
    // A capital in running text: the glossary's "Ордени Ленин" is the list form.
    { pattern: new RegExp(`(?<=[\\p{Ll}\\d»)]\\s)Ордени\\s+Ленин`, 'u'), use: 'ордени Ленин' },
  ],
  ru: [
    { pattern: word('не\\s+посмертно'), use: 'прижизненно' },
    { pattern: word('Осторожно:?', true), use: 'Важно:' },
    { pattern: stem('членом\\s+числа'), use: 'вероятно, относится к 54 призванным' },
    { pattern: stem('подходит\\s+к\\s+54'), use: 'его относят к 54 призванным' },
    { pattern: word('почти\\s+наверняка'), use: 'весьма вероятно …, но это не подтверждено' },
    // The village is spelt with ё in the sources and in the archive's other texts.
    { pattern: stem('Больш\\p{L}+\\s+Клен'), use: 'Большие Клёны' },
    // The group label only: "включён в число Героев" is good Russian.
    { pattern: stem('Включ[её]н\\p{L}*\\s+в\\s+число\\s+в\\s+\\d'), use: 'Добавлен к подсчёту' },
    { pattern: new RegExp(`(?<=[\\p{Ll}\\d»)]\\s)Орден\\s+Ленина`, 'u'), use: 'орден Ленина' },
    // The title's holder is capitalised in the archive's style; "как героя дивизии" (a hero of a unit) is not the title.
    { pattern: stem('геро\\p{L}*\\s+(?:Советского|\\{)', true), use: 'Герой Советского Союза; Героя {name}' },
  ],
};

/**
 * Words that mark a statement as uncertain or as one source's word. English: the triggers; where
 * an English text has one, its Russian and Tajik must keep a hedge of their own.
 */
const HEDGES: Record<Locale, readonly RegExp[]> = {
  en: [
    // "The archive would welcome documents" is a request, not a hedge on a fact.
    /\bwould\b(?! welcome)/i,
    /\bprobabl[ey]\b/i,
    /\bpossibl[ey]\b/i,
    /\b(?:un)?likely\b/i,
    /\bperhaps\b/i,
    /\bmight\b/i,
    // Lower case only: "9 May 1945" is a date.
    /\bmay\b/,
    // "His name appears in the list" states where it is; "appears to be" hedges.
    /\b(?:appears?|seems?) to\b|\bit (?:appears|seems)\b/i,
    /\bnot (?:yet )?(?:been )?(?:confirmed|verified|proven)\b/i,
    /\bun(?:confirmed|verified|proven)\b/i,
    /\baccording to\b/i,
    /\bper\b(?! cent)/i,
  ],
  ru: [
    stem('возможн'),
    stem('вероятн'),
    stem('маловероятн'),
    word('по-видимому'),
    word('видимо'),
    word('по\\s+(?:данным|сведениям|словам|утверждению|версии|мнению|статье|тексту|сообщению|описанию|странице)'),
    stem('не\\s*подтвержд'),
    stem('не\\s*проверен'),
    stem('не\\s*доказ'),
    word('если'),
    word('мо(?:жет|гут|гло|гла|гли|г)'),
    stem('предполо?ж'),
    stem('предполага'),
    word('судя\\s+по'),
    word('согласно'),
    word('как\\s+(?:сообщает|пишет|утверждает|считает)'),
    word('не\\s+исключено'),
    word('кажется'),
    word('бы'),
  ],
  tg: [
    stem('эҳтимол'),
    word('шояд'),
    stem('тасдиқ\\s*нашуда'),
    stem('тасдиқ\\s+нагардида'),
    stem('исбот\\s*нашуда'),
    stem('санҷида\\s*нашуда'),
    word('аз\\s+рӯи'),
    word('тибқи'),
    word('мувофиқи'),
    word('ба\\s+гуфтаи'),
    word('бино\\s+ба'),
    word('агар'),
    word('гӯё'),
    stem('тахмин'),
    stem('ба\\s+назар'),
    stem('мумкин'),
  ],
};

/** The banned forms a text uses, each with the text it matched. */
export function bannedTermsIn(text: string, locale: TranslatedLocale): { found: string; use: string }[] {
  return BANNED_TERMS[locale].flatMap(({ pattern, use }) => {
    const found = pattern.exec(text)?.[0];
    return found ? [{ found, use }] : [];
  });
}

/** The hedges a text uses, as written. */
export function hedgesIn(text: string, locale: Locale): string[] {
  return HEDGES[locale].flatMap((pattern) => pattern.exec(text)?.[0] ?? []);
}

/**
 * How each glossary concept is recognised in English, and which forms of it a Russian or Tajik
 * text must then use. A concept with no English pattern is not held to a form (its abbreviation
 * is recognised with the full name).
 */
const CONCEPT_FORMS: Record<ConceptKey, { en: RegExp | null } & Record<TranslatedLocale, RegExp>> = {
  CSTO: {
    en: /\bCSTO\b|Collective Security Treaty/,
    ru: word('ОДКБ|Организаци\\p{L}*\\s+Договора\\s+о\\s+коллективной\\s+безопасности', true),
    tg: word('СААД|Созмони\\s+Аҳдномаи\\s+амнияти\\s+дастаҷамъӣ', true),
  },
  CSTO_SHORT: { en: null, ru: word('ОДКБ', true), tg: word('СААД', true) },
  SUPREME_COMMAND_RESERVE: {
    en: /Supreme (?:High )?Command(?:er)?(?:-in-Chief)?(?:'s)? [Rr]eserve|\bRVGK\b/,
    ru: stem('РВГК|[Рр]езерв\\p{L}*\\s+Верховного\\s+Главнокомандования'),
    tg: stem('Сарфармондеҳии\\s+Олӣ|РВГК'),
  },
  BRIDGEHEAD: { en: /\bbridgeheads?\b/i, ru: stem('плацдарм'), tg: stem('плацдарм') },
  APPROACHES: { en: /\bapproaches to\b/i, ru: stem('подступ'), tg: word('атрофи|наздикиҳои') },
  GUN_CREW: { en: /\bcrew\b/i, ru: stem('расч[её]т|экипаж'), tg: stem('ҳайат|экипаж') },
  SQUAD: { en: /\bsquad\b/i, ru: stem('отделени'), tg: stem('даста') },
  DISTINGUISHED_HIMSELF: {
    en: /\bdistinguished himself\b|\bdistinguished \d/i,
    ru: stem('отличил'),
    tg: stem('шуҷоат\\s+нишон\\s+дод'),
  },
  KURSK_SALIENT: { en: /\bKursk (?:salient|bulge)\b/i, ru: stem('Курск\\p{L}*\\s+дуг'), tg: stem('камони\\s+Курск') },
  RED_ARMY_PRIVATE: {
    en: /\bRed Army man\b/i,
    ru: stem('красноармеец'),
    tg: stem('сарбози\\s+(?:гвардиявии\\s+)?Артиши\\s+Сурх|сарбози\\s+гвардия'),
  },
  RIFLE_REGIMENT: {
    en: /\brifle regiment\b/i,
    ru: stem('стрелков\\p{L}*\\s+полк|полк\\p{L}*\\s+стрелков'),
    tg: stem('полки\\s+\\S+\\s+тирандозӣ|полки\\s+тирандозӣ'),
  },
};

/** The glossary concepts an English text names whose required form its translation lacks. */
export function missingConcepts(english: string, translated: string, locale: TranslatedLocale): ConceptKey[] {
  return (Object.keys(CONCEPT_FORMS) as ConceptKey[]).filter((key) => {
    const forms = CONCEPT_FORMS[key];
    return forms.en !== null && forms.en.test(english) && !forms[locale].test(translated);
  });
}
