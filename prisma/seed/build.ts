// Turns one fact-sheet record into the rows of the archive. Pure: no database here, so the
// mapping is tested on its own. Nothing is added that the record does not hold.
import { createHash } from 'node:crypto';
import { parsePartialDate, type PartialDate } from '../../lib/partial-date';
import {
  heroSlug,
  heroSlugBase,
  nameForm,
  recordNameForms,
  scriptOf,
  tajikForm,
  type NameForm,
  type NameLanguage,
  type NameScript,
} from '../../lib/heroes/identity';
import { UNIT_LEVELS } from '../../lib/heroes/schemas';
import { slugify } from '../../lib/slug';
import type { FactSheetHero } from './fact-sheet';
import { TAJIK_TRANSLITERATIONS } from './name-forms-tg';

type UnitLevel = (typeof UNIT_LEVELS)[number];

const GROUPS = {
  tajik_ssr: 'TAJIK_SSR',
  tajik_elsewhere: 'TAJIK_ELSEWHERE',
  postwar_tajikistan: 'POSTWAR_TAJIKISTAN',
  added_2018: 'ADDED_2018',
} as const;

const COUNTRIES = [
  'Tajikistan',
  'Uzbekistan',
  'Kazakhstan',
  'Kyrgyzstan',
  'Turkmenistan',
  'Russia',
  'Belarus',
  'Ukraine',
  'Poland',
  'Lithuania',
  'Latvia',
  'Estonia',
  'Germany',
];

// A Latin initial from the English seed article, in Cyrillic (Russian passport transliteration).
const INITIAL_TO_CYRILLIC: Record<string, string> = {
  A: 'А',
  B: 'Б',
  V: 'В',
  G: 'Г',
  D: 'Д',
  E: 'Е',
  Z: 'З',
  I: 'И',
  K: 'К',
  L: 'Л',
  M: 'М',
  N: 'Н',
  O: 'О',
  P: 'П',
  R: 'Р',
  S: 'С',
  T: 'Т',
  U: 'У',
  F: 'Ф',
  H: 'Х',
  Y: 'Ю',
};

export type SeedPlace = {
  name: string;
  nameToday: string | null;
  district: string | null;
  region: string | null;
  country: string | null;
};
export type SeedUnit = { slug: string; name: string; level: UnitLevel; parentSlug: string | null };
export type SeedService = { unitSlug: string; fromDate: string | null; toDate: string | null; note: string | null };
type SeedBattle = { slug: string; name: string; dateText: string | null; place: string | null; note: string | null };
type SeedAward = {
  kind: 'HERO_OF_THE_SOVIET_UNION' | 'ORDER_OF_LENIN' | 'OTHER';
  name: string | null;
  decree: PartialDate | null;
  posthumous: boolean | null;
  goldStarNo: string | null;
};
type SeedSource = {
  url: string | null;
  title: string | null;
  publisher: string | null;
  year: number | null;
  supports: string;
};

export type SeedHero = ReturnType<typeof buildHero>;

/** The language the fact sheet says a source gives for a spelling ("… (Tajik)", "… (Jononov, English)"). */
function languageOfAlt(alt: string): NameLanguage | null {
  if (isTajikForm(alt)) return 'tg';
  if (/\(([^)]*,\s*)?English\)/i.test(alt)) return 'en';
  return null;
}

/** "Rakhimov A. (seed, printed 'Rakhimov. A.')" -> "Rakhimov A."; the note is the fact sheet's, not a name. */
function stripNote(value: string): string {
  return value
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function isTajikForm(alt: string): boolean {
  return /\((Tajik|same form in Tajik Cyrillic)\)/i.test(alt);
}

export function parsePlace(name: string | null, today: string | null): SeedPlace | null {
  if (!name && !today) return null;
  const clean = today ? stripNote(today) : '';
  const parts = clean
    .split(/[,;]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  const country = COUNTRIES.find((c) => parts.at(-1) === c) ?? COUNTRIES.find((c) => parts[0] === c) ?? null;
  const region = parts.find((part) => /\b(Region|Oblast)\b/.test(part)) ?? null;
  const district = parts.find((part) => /\b[Dd]istrict\b/.test(part)) ?? null;
  return { name: name ?? today ?? '', nameToday: today, district, region, country };
}

function placeOnly(name: string | null): SeedPlace | null {
  return name ? { name, nameToday: null, district: null, region: null, country: null } : null;
}

/** "Battle of the Dnieper (river crossing)" -> battle "Battle of the Dnieper", note "river crossing". */
function splitNote(name: string): { base: string; note: string | null } {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  return match && match[1] ? { base: match[1].trim(), note: match[2]!.trim() } : { base: name.trim(), note: null };
}

function levelOfName(name: string): UnitLevel | null {
  if (/\bFront\b/.test(name)) return 'FRONT';
  if (/\bArmy\b/.test(name)) return 'ARMY';
  if (/\bCorps\b/.test(name)) return 'CORPS';
  if (/\bDivision\b/.test(name)) return 'DIVISION';
  if (/\bBrigade\b/.test(name)) return 'BRIGADE';
  if (/\b[Rr]egiment\b/.test(name)) return 'REGIMENT';
  if (/\b[Bb]attalion\b/.test(name)) return 'BATTALION';
  return null;
}

export function buildUnits(units: FactSheetHero['units']): { units: SeedUnit[]; services: SeedService[] } {
  const bySlug = new Map<string, SeedUnit>();
  const services: SeedService[] = [];
  const listed: SeedUnit[] = [];
  for (const entry of units) {
    const level = entry.level.toUpperCase() as UnitLevel;
    // A trailing note that is not part of the unit's name: "(formed in the Tajik SSR, per seed)".
    const { base, note } = /,| per /.test(splitNote(entry.name).note ?? '')
      ? splitNote(entry.name)
      : { base: entry.name, note: null };
    // "61st Guards Cavalry Regiment, 17th Guards Cavalry Division": the tail names the parent.
    const [head, ...tail] = base.split(/,\s*/);
    let parentSlug: string | null = null;
    const parentName = tail.join(', ');
    const parentLevel = parentName ? levelOfName(parentName) : null;
    if (parentName && parentLevel && UNIT_LEVELS.indexOf(parentLevel) > UNIT_LEVELS.indexOf(level)) {
      parentSlug = slugify(parentName);
      if (!bySlug.has(parentSlug))
        bySlug.set(parentSlug, { slug: parentSlug, name: parentName, level: parentLevel, parentSlug: null });
    }
    const name = parentSlug ? head! : base;
    const slug = slugify(name);
    const unit = bySlug.get(slug) ?? { slug, name, level, parentSlug };
    if (parentSlug) unit.parentSlug = parentSlug;
    bySlug.set(slug, unit);
    listed.push(unit);
    if (!services.some((service) => service.unitSlug === slug)) {
      services.push({ unitSlug: slug, fromDate: entry.from, toDate: entry.to, note });
    }
  }
  // The fact sheet lists a hero's chain of command one level per entry (regiment, division, army,
  // front): each listed unit without a parent reports to the next higher level listed.
  const ordered = [...listed].sort((a, b) => UNIT_LEVELS.indexOf(a.level) - UNIT_LEVELS.indexOf(b.level));
  for (let i = 0; i < ordered.length - 1; i += 1) {
    const unit = ordered[i]!;
    const next = ordered[i + 1]!;
    const distinctLevels = new Set(ordered.map((u) => u.level)).size === ordered.length;
    if (!unit.parentSlug && distinctLevels && next.slug !== unit.slug) unit.parentSlug = next.slug;
  }
  return { units: [...bySlug.values()], services };
}

function memorialKind(text: string): string {
  const lower = text.toLowerCase();
  for (const kind of ['mural', 'bust', 'obelisk', 'bas-relief', 'monument', 'school', 'street', 'sovkhoz', 'museum']) {
    if (lower.includes(kind)) return kind;
  }
  return 'other';
}

// A few texts of the sheet still name its own fields ("rank_at_feat", "feat_date … null"). A
// reader is shown the words, never the field: same meaning, nothing added.
const FIELD_WORDS: Record<string, string> = {
  birth_place: 'place of birth',
  rank_at_feat: 'rank at the time of the deed',
  feat_date: 'the date of the deed',
  death_date: 'the date of death',
};

export function forReaders(text: string): string {
  let out = text;
  for (const [field, words] of Object.entries(FIELD_WORDS)) {
    // At the start of a sentence the words start with a capital, as the sentence does.
    out = out.replace(new RegExp(`\\b${field}\\b`, 'g'), (_match, offset: number) =>
      offset === 0 || /[.!?]\s+$/.test(out.slice(0, offset)) ? words.charAt(0).toUpperCase() + words.slice(1) : words,
    );
  }
  out = out.replace(/\b(is|are)( therefore)? null\b/g, '$1$2 not known');
  return out;
}

/** The English name's parts: the last word is the surname; a lone initial ("A.") is kept as one. */
function englishName(hero: FactSheetHero) {
  const enParts = hero.name_en.trim().split(/\s+/);
  const surnameEn = enParts.at(-1)!;
  const givenPart = enParts.slice(0, -1).join(' ');
  const givenIsInitial = /^[A-Z]\.$/.test(givenPart);
  return {
    surnameEn,
    givenEn: givenIsInitial || !givenPart ? null : givenPart,
    givenInitialEn: givenIsInitial ? givenPart : null,
  };
}

export function buildHero(hero: FactSheetHero, slug: string, biography: { en: string; ru: string }) {
  const { surnameEn, givenEn, givenInitialEn } = englishName(hero);
  const initialRu = givenInitialEn && !hero.given_ru ? (INITIAL_TO_CYRILLIC[givenInitialEn[0]!] ?? null) : null;
  const givenInitialRu = initialRu ? `${initialRu}.` : null;
  const tajik = hero.alt_spellings.find(isTajikForm);
  const { fullNameTg, fullNameTgOrigin } = tajikForm({
    source: tajik ? stripNote(tajik) : null,
    transliteration: TAJIK_TRANSLITERATIONS[slug],
  });

  const names: NameForm[] = recordNameForms({
    surnameRu: hero.surname_ru,
    givenRu: hero.given_ru,
    patronymicRu: hero.patronymic_ru,
    givenInitialRu,
    surnameEn,
    givenEn,
    givenInitialEn,
    fullNameTg,
    fullNameTgOrigin,
  });
  const addName = (value: string, language: NameLanguage | null = null, script: NameScript = scriptOf(value)) => {
    const clean = value.trim();
    if (!clean || names.some((n) => n.value === clean)) return;
    names.push(nameForm(clean, script, language, false));
  };
  if (hero.given_ru)
    addName(`${hero.surname_ru} ${hero.given_ru}${hero.patronymic_ru ? ` ${hero.patronymic_ru}` : ''}`, 'ru');
  for (const alt of hero.alt_spellings) {
    const language = languageOfAlt(alt);
    addName(stripNote(alt), language, language === 'tg' ? 'TG' : scriptOf(stripNote(alt)));
    // "Erzhigitov Tuychi (Эржигитов)": a bare Cyrillic word in the note is one more spelling.
    const inNote = /\(([\p{Script=Cyrillic}-]+)\)/u.exec(alt);
    if (inNote) addName(inNote[1]!);
  }

  const birth = parsePartialDate(hero.birth_date);
  const death = parsePartialDate(hero.death_date);
  const feat = parsePartialDate(hero.feat_date);
  const deedKnown = Boolean(hero.feat_date || hero.feat_place);

  const { units, services } = buildUnits(hero.units);
  const battles: SeedBattle[] = [];
  for (const battle of hero.battles) {
    const { base, note } = splitNote(battle.name);
    const battleSlug = slugify(base);
    if (battles.some((b) => b.slug === battleSlug)) continue;
    battles.push({ slug: battleSlug, name: base, dateText: battle.date, place: battle.place, note });
  }

  const awards: SeedAward[] = [
    {
      kind: 'HERO_OF_THE_SOVIET_UNION',
      name: null,
      decree: parsePartialDate(hero.title_decree_date),
      posthumous: hero.posthumous,
      goldStarNo: hero.gold_star_no,
    },
  ];
  if (hero.order_of_lenin === true) {
    awards.push({ kind: 'ORDER_OF_LENIN', name: null, decree: null, posthumous: null, goldStarNo: null });
  }
  for (const other of hero.other_awards) {
    const name = typeof other === 'string' ? other : other.name;
    awards.push({ kind: 'OTHER', name, decree: null, posthumous: null, goldStarNo: null });
  }

  const sources: SeedSource[] = hero.sources.map((source) => {
    const isUrl = typeof source.url === 'string' && /^https?:\/\//.test(source.url);
    return {
      url: isUrl ? source.url! : null,
      title: source.title ?? (isUrl ? null : (source.url ?? null)),
      publisher: source.publisher ?? null,
      year: source.year ?? null,
      supports: source.supports,
    };
  });

  const memorialTexts = [...hero.memorials, ...(hero.commemoration ? [hero.commemoration] : [])];
  const confidence = hero.confidence.toUpperCase() as 'HIGH' | 'MEDIUM' | 'LOW';

  return {
    slug,
    surnameRu: hero.surname_ru,
    givenRu: hero.given_ru,
    patronymicRu: hero.patronymic_ru,
    givenInitialRu,
    patronymicInitialRu: hero.patronymic_initial_ru,
    surnameEn,
    givenEn,
    givenInitialEn,
    fullNameTg,
    fullNameTgOrigin,
    // The page id of warheroes.ru where a published index names him; "possible" matches are
    // kept, and marked unconfirmed so that nothing treats them as the same man.
    warheroesId: hero.warheroes_index ? String(hero.warheroes_index.id) : null,
    unconfirmedIds: hero.warheroes_index && /^possible/i.test(hero.warheroes_index.match) ? ['warheroes'] : [],
    group: GROUPS[hero.group],
    countedIn64: hero.counted_in_64,
    membershipNote: hero.membership_note,
    membershipConfidence: hero.membership_confidence
      ? (hero.membership_confidence.toUpperCase() as 'HIGH' | 'MEDIUM' | 'LOW')
      : null,
    identityNote: hero.identity_note,
    nationality: hero.nationality,
    birthDate: birth?.date ?? null,
    birthDatePrecision: birth?.precision ?? null,
    deathDate: death?.date ?? null,
    deathDatePrecision: death?.precision ?? null,
    killedInAction: hero.killed_in_action,
    rankAtFeat: hero.rank_at_feat,
    role: hero.role,
    featDate: feat?.date ?? null,
    featDatePrecision: feat?.precision ?? null,
    featDateText: feat ? null : hero.feat_date,
    featPlace: hero.feat_place,
    // When neither the date nor the place of the deed is known, the sheet's feat_facts only say
    // that nothing is known; the page says so itself.
    featFacts: deedKnown ? hero.feat_facts : [],
    postwar: hero.postwar,
    notes: hero.notes ? forReaders(hero.notes) : null,
    biographyEn: biography.en,
    biographyRu: biography.ru,
    confidence,
    birthPlace: parsePlace(hero.birth_place, hero.birth_place_today),
    deathPlace: placeOnly(hero.death_place),
    burialPlace: placeOnly(hero.burial_place),
    names,
    units,
    services,
    battles,
    awards,
    sources,
    conflicts: hero.conflicts.map((c) => ({
      field: forReaders(c.field),
      values: c.values.map(forReaders),
      sources: c.sources,
      note: c.note ? forReaders(c.note) : null,
    })),
    memorials: memorialTexts.map((text) => ({ kind: memorialKind(text), description: text, place: null })),
  };
}

/** Raised when the mapping itself changes, so that a re-seed refreshes every unedited record. */
const BUILD_REVISION = 3;

/** Stable fingerprint of what the seed would write for a hero; unchanged input, unchanged hash. */
export function seedChecksum(hero: FactSheetHero, biography: { en: string; ru: string }): string {
  return createHash('sha256')
    .update(JSON.stringify({ hero, biography, build: BUILD_REVISION }))
    .digest('hex');
}

/**
 * Slugs for the whole sheet, by lib/heroes/identity.ts's rule. A name two records of the sheet
 * share is held by neither, so each gets its birth year: which one the sheet lists first does
 * not decide who keeps the bare name.
 */
export function assignSlugs(heroes: FactSheetHero[]): string[] {
  const bases = heroes.map((hero) => heroSlugBase(englishName(hero)));
  const taken = new Set(bases.filter((base, index) => bases.indexOf(base) !== index));
  return heroes.map((hero) => {
    const slug = heroSlug({ ...englishName(hero), birthDate: hero.birth_date }, taken);
    taken.add(slug);
    return slug;
  });
}
