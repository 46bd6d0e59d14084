// The gazetteer's public reads (docs/places.md describes each shape). A point is returned only
// with its precision and its source: the renderer never has to guess how exact a marker is.
import { heroNameSelect } from '../heroes/names';
import { readTranslations } from '../i18n/record-texts';
import type { TranslationRow } from '../i18n/texts';
import type { CoordPrecision, PlaceKind, PlaceNameKind, Prisma } from '../generated/prisma/client';

type Tx = Prisma.TransactionClient;

export type PlaceSourceRef = {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  year: number | null;
};

export type PlacePoint = {
  latitude: number;
  longitude: number;
  precision: CoordPrecision;
  source: PlaceSourceRef | null;
  note: string | null;
};

export type PlaceNameView = {
  value: string;
  language: string;
  kind: PlaceNameKind;
  validFrom: string | null;
  validTo: string | null;
  source: PlaceSourceRef | null;
};

/** A place as lists and maps show it: enough for a marker and a line of the list. */
export type PlaceSummary = {
  id: string;
  name: string;
  nameToday: string | null;
  kind: PlaceKind | null;
  /** Null when the place is not located: the list says "help locate this place". */
  point: PlacePoint | null;
  /** Names through time, the war-time ones first (HISTORICAL/AS_IN_SOURCE, then OFFICIAL…). */
  names: PlaceNameView[];
  /** The parents as of the war years, nearest first: district, region, republic, country. */
  ancestors: { id: string; name: string; nameToday: string | null; kind: PlaceKind | null }[];
};

export type HeroPlaceRole = 'BIRTH' | 'CALL_UP' | 'BATTLE' | 'FEAT' | 'DEATH' | 'FIRST_BURIAL' | 'BURIAL' | 'MEMORIAL';

export type HeroPlaceEvent = {
  role: HeroPlaceRole;
  place: PlaceSummary;
  /** Partial ISO date when the record has one ("1943-10-05", "1943"), else null. */
  date: string | null;
  /** The date as the sources put it when vaguer ("autumn 1943"). */
  dateText: string | null;
  /** What happened there as the record words it: the battle's name, the memorial, the call-up office. */
  detail: string | null;
  /** For BATTLE: the battle's slug; for MEMORIAL: null. */
  battleSlug: string | null;
};

const SOURCE_SELECT = { id: true, title: true, url: true, publisher: true, year: true } as const;
const NAME_SELECT = {
  value: true,
  language: true,
  kind: true,
  validFrom: true,
  validTo: true,
  source: { select: SOURCE_SELECT },
} as const;
const PLACE_SELECT = {
  id: true,
  name: true,
  nameToday: true,
  kind: true,
  parentId: true,
  latitude: true,
  longitude: true,
  precision: true,
  coordNote: true,
  coordSource: { select: SOURCE_SELECT },
  names: { select: NAME_SELECT },
} as const;

type PlaceRow = Prisma.PlaceGetPayload<{ select: typeof PLACE_SELECT }>;

const NAME_ORDER: Record<PlaceNameKind, number> = {
  AS_IN_SOURCE: 0,
  HISTORICAL: 1,
  OFFICIAL: 2,
  VARIANT: 3,
  TRANSLITERATION: 4,
};

export function sortNames(names: PlaceNameView[]): PlaceNameView[] {
  return [...names].sort(
    (a, b) =>
      NAME_ORDER[a.kind] - NAME_ORDER[b.kind] ||
      (a.validFrom ?? '').localeCompare(b.validFrom ?? '') ||
      a.language.localeCompare(b.language),
  );
}

export function pointOf(row: {
  latitude: number | null;
  longitude: number | null;
  precision: CoordPrecision | null;
  coordNote: string | null;
  coordSource: PlaceSourceRef | null;
}): PlacePoint | null {
  // A coordinate without a precision is one nobody vouched for: it is not drawn.
  if (row.latitude === null || row.longitude === null || row.precision === null) return null;
  return {
    latitude: row.latitude,
    longitude: row.longitude,
    precision: row.precision,
    source: row.coordSource,
    note: row.coordNote,
  };
}

async function ancestorsOf(tx: Tx, parentId: string | null): Promise<PlaceSummary['ancestors']> {
  const chain: PlaceSummary['ancestors'] = [];
  const seen = new Set<string>();
  let next = parentId;
  while (next && !seen.has(next) && chain.length < 8) {
    seen.add(next);
    const row = await tx.place.findUnique({
      where: { id: next },
      select: { id: true, name: true, nameToday: true, kind: true, parentId: true },
    });
    if (!row) break;
    chain.push({ id: row.id, name: row.name, nameToday: row.nameToday, kind: row.kind });
    next = row.parentId;
  }
  return chain;
}

async function summarize(tx: Tx, row: PlaceRow): Promise<PlaceSummary> {
  return {
    id: row.id,
    name: row.name,
    nameToday: row.nameToday,
    kind: row.kind,
    point: pointOf(row),
    names: sortNames(row.names),
    ancestors: await ancestorsOf(tx, row.parentId),
  };
}

// Every name part, so a page names him in the reader's language; killedInAction says "fell" from "died".
const HERO_REF = { ...heroNameSelect, killedInAction: true } as const;
export type HeroRef = Prisma.HeroGetPayload<{ select: typeof HERO_REF }>;
const PUBLISHED = { published: true } as const;

export type PlaceDetail = PlaceSummary & {
  /** Places that lay in this one during the war (villages of a district…). */
  children: { id: string; name: string; kind: PlaceKind | null; located: boolean }[];
  heroes: Record<HeroPlaceRole, HeroRef[]>;
};

/** Everything a place page shows: names, hierarchy, point, and the published Heroes tied to it. */
export async function getPlace(id: string, tx: Tx): Promise<PlaceDetail | null> {
  const row = await tx.place.findUnique({
    where: { id },
    select: {
      ...PLACE_SELECT,
      children: { select: { id: true, name: true, kind: true, precision: true }, orderBy: { name: 'asc' } },
      births: { where: PUBLISHED, select: HERO_REF },
      callUps: { where: PUBLISHED, select: HERO_REF },
      feats: { where: PUBLISHED, select: HERO_REF },
      deaths: { where: PUBLISHED, select: HERO_REF },
      firstBurials: { where: PUBLISHED, select: HERO_REF },
      burials: { where: PUBLISHED, select: HERO_REF },
      battles: { where: { hero: PUBLISHED }, select: { hero: { select: HERO_REF } } },
      memorials: { where: { hero: PUBLISHED }, select: { hero: { select: HERO_REF } } },
    },
  });
  if (!row) return null;
  const unique = (heroes: HeroRef[]) =>
    [...new Map(heroes.map((h) => [h.slug, h])).values()].sort((a, b) => a.surnameEn.localeCompare(b.surnameEn));
  return {
    ...(await summarize(tx, row)),
    children: row.children.map((c) => ({ id: c.id, name: c.name, kind: c.kind, located: c.precision !== null })),
    heroes: {
      BIRTH: unique(row.births),
      CALL_UP: unique(row.callUps),
      BATTLE: unique(row.battles.map((b) => b.hero)),
      FEAT: unique(row.feats),
      DEATH: unique(row.deaths),
      FIRST_BURIAL: unique(row.firstBurials),
      BURIAL: unique(row.burials),
      MEMORIAL: unique(row.memorials.map((m) => m.hero)),
    },
  };
}

function isoDate(date: Date | null, precision: string | null): string | null {
  if (!date) return null;
  const iso = date.toISOString().slice(0, 10);
  if (precision === 'YEAR' || precision === 'ABOUT') return iso.slice(0, 4);
  if (precision === 'MONTH') return iso.slice(0, 7);
  return iso;
}

const ROLE_ORDER: HeroPlaceRole[] = [
  'BIRTH',
  'CALL_UP',
  'BATTLE',
  'FEAT',
  'DEATH',
  'FIRST_BURIAL',
  'BURIAL',
  'MEMORIAL',
];

/**
 * A published Hero's places in the order of his life (birth, call-up, battles by date, feat, death,
 * first burial, resting place, memorials). Unlocated places are included with point null.
 */
export async function listHeroPlaces(slug: string, tx: Tx): Promise<HeroPlaceEvent[] | null> {
  const hero = await tx.hero.findFirst({
    where: { slug, published: true },
    select: {
      birthDate: true,
      birthDatePrecision: true,
      deathDate: true,
      deathDatePrecision: true,
      featDate: true,
      featDatePrecision: true,
      featDateText: true,
      featPlace: true,
      callUpCommissariat: true,
      birthPlace: { select: PLACE_SELECT },
      callUpPlace: { select: PLACE_SELECT },
      featPlaceRef: { select: PLACE_SELECT },
      deathPlace: { select: PLACE_SELECT },
      firstBurialPlace: { select: PLACE_SELECT },
      burialPlace: { select: PLACE_SELECT },
      battles: {
        where: { placeId: { not: null } },
        select: { dateText: true, battle: { select: { slug: true, name: true } }, placeRef: { select: PLACE_SELECT } },
      },
      memorials: {
        where: { placeId: { not: null } },
        select: { description: true, placeRef: { select: PLACE_SELECT } },
      },
    },
  });
  if (!hero) return null;
  const events: HeroPlaceEvent[] = [];
  const push = async (
    role: HeroPlaceRole,
    row: PlaceRow | null,
    fields: Partial<Omit<HeroPlaceEvent, 'role' | 'place'>> = {},
  ) => {
    if (!row) return;
    events.push({
      role,
      place: await summarize(tx, row),
      date: null,
      dateText: null,
      detail: null,
      battleSlug: null,
      ...fields,
    });
  };
  await push('BIRTH', hero.birthPlace, { date: isoDate(hero.birthDate, hero.birthDatePrecision) });
  await push('CALL_UP', hero.callUpPlace, { detail: hero.callUpCommissariat });
  const battles = [...hero.battles].sort((a, b) => (a.dateText ?? '').localeCompare(b.dateText ?? ''));
  for (const b of battles)
    await push('BATTLE', b.placeRef, { dateText: b.dateText, detail: b.battle.name, battleSlug: b.battle.slug });
  await push('FEAT', hero.featPlaceRef, {
    date: isoDate(hero.featDate, hero.featDatePrecision),
    dateText: hero.featDateText,
    detail: hero.featPlace,
  });
  await push('DEATH', hero.deathPlace, { date: isoDate(hero.deathDate, hero.deathDatePrecision) });
  await push('FIRST_BURIAL', hero.firstBurialPlace);
  await push('BURIAL', hero.burialPlace);
  for (const m of hero.memorials) await push('MEMORIAL', m.placeRef, { detail: m.description });
  // Stable by role: the battles keep their date order inside their role.
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.e.role) - ROLE_ORDER.indexOf(b.e.role) || a.i - b.i)
    .map(({ e }) => e);
}

export type UnitPathStation = {
  place: PlaceSummary;
  dateFrom: string | null;
  dateTo: string | null;
  note: string | null;
  source: PlaceSourceRef;
};

/** A unit's dated stations, earliest first, each with its source; null for an unknown unit. */
export async function listUnitPath(unitSlug: string, tx: Tx): Promise<UnitPathStation[] | null> {
  const unit = await tx.unit.findUnique({
    where: { slug: unitSlug },
    select: {
      path: {
        orderBy: [{ dateFrom: 'asc' }, { id: 'asc' }],
        select: {
          dateFrom: true,
          dateTo: true,
          note: true,
          source: { select: SOURCE_SELECT },
          place: { select: PLACE_SELECT },
        },
      },
    },
  });
  if (!unit) return null;
  return Promise.all(
    unit.path.map(async (p) => ({
      place: await summarize(tx, p.place),
      dateFrom: p.dateFrom,
      dateTo: p.dateTo,
      note: p.note,
      source: p.source,
    })),
  );
}

export type CollectionPlace = PlaceSummary & { heroes: Record<HeroPlaceRole, HeroRef[]> };

/**
 * Every place tied to a published Hero, with the Heroes by role: the collection maps (where they
 * came from, fought and fell, rest) and the open-data GeoJSON read this one list.
 */
export async function listCollectionPlaces(tx: Tx): Promise<CollectionPlace[]> {
  const hero = { where: PUBLISHED, select: HERO_REF };
  const rows = await tx.place.findMany({
    where: {
      OR: [
        { births: { some: PUBLISHED } },
        { callUps: { some: PUBLISHED } },
        { feats: { some: PUBLISHED } },
        { deaths: { some: PUBLISHED } },
        { firstBurials: { some: PUBLISHED } },
        { burials: { some: PUBLISHED } },
        { battles: { some: { hero: PUBLISHED } } },
        { memorials: { some: { hero: PUBLISHED } } },
      ],
    },
    orderBy: { id: 'asc' },
    select: {
      ...PLACE_SELECT,
      births: hero,
      callUps: hero,
      feats: hero,
      deaths: hero,
      firstBurials: hero,
      burials: hero,
      battles: { where: { hero: PUBLISHED }, select: { hero: { select: HERO_REF } } },
      memorials: { where: { hero: PUBLISHED }, select: { hero: { select: HERO_REF } } },
    },
  });
  return Promise.all(
    rows.map(async (row) => ({
      ...(await summarize(tx, row)),
      heroes: {
        BIRTH: row.births,
        CALL_UP: row.callUps,
        BATTLE: row.battles.map((b) => b.hero),
        FEAT: row.feats,
        DEATH: row.deaths,
        FIRST_BURIAL: row.firstBurials,
        BURIAL: row.burials,
        MEMORIAL: row.memorials.map((m) => m.hero),
      },
    })),
  );
}

/** One place of the whole gazetteer, light: enough to name it then and now, place it and climb its hierarchy. */
export type GazetteerEntry = {
  id: string;
  name: string;
  nameToday: string | null;
  kind: PlaceKind | null;
  parentId: string | null;
  point: PlacePoint | null;
  names: PlaceNameView[];
};

export type Gazetteer = { places: GazetteerEntry[]; texts: TranslationRow[] };

/**
 * Every place with its names and point, and the Russian and Tajik translations of its wording: the
 * place index, the collection maps' tables and a place page's hierarchy name places from it. One
 * read of a few hundred rows, kept in cache under `places` (any change to a place expires it).
 */
export async function listGazetteer(tx: Tx): Promise<Gazetteer> {
  const rows = await tx.place.findMany({ orderBy: { name: 'asc' }, select: PLACE_SELECT });
  const places = rows.map((row) => ({
    id: row.id,
    name: row.name,
    nameToday: row.nameToday,
    kind: row.kind,
    parentId: row.parentId,
    point: pointOf(row),
    names: sortNames(row.names),
  }));
  return {
    places,
    texts: await readTranslations(
      tx,
      places.map((p) => ({ entity: 'Place', entityId: p.id })),
    ),
  };
}

export type UnitFeat = { hero: HeroRef; place: PlaceSummary; date: string | null; dateText: string | null };

/** The feats of the published Heroes who served in the unit, where the feat's place is in the gazetteer; null for an unknown unit. */
export async function listUnitFeats(unitSlug: string, tx: Tx): Promise<UnitFeat[] | null> {
  const unit = await tx.unit.findUnique({
    where: { slug: unitSlug },
    select: {
      services: {
        where: { hero: { ...PUBLISHED, featPlaceId: { not: null } } },
        select: {
          hero: {
            select: {
              ...HERO_REF,
              featDate: true,
              featDatePrecision: true,
              featDateText: true,
              featPlaceRef: { select: PLACE_SELECT },
            },
          },
        },
      },
    },
  });
  if (!unit) return null;
  const heroes = [...new Map(unit.services.map((s) => [s.hero.slug, s.hero])).values()].sort((a, b) =>
    a.surnameEn.localeCompare(b.surnameEn),
  );
  return Promise.all(
    heroes.map(async ({ featDate, featDatePrecision, featDateText, featPlaceRef, ...hero }) => ({
      hero,
      place: await summarize(tx, featPlaceRef!),
      date: isoDate(featDate, featDatePrecision),
      dateText: featDateText,
    })),
  );
}
