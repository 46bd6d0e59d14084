// The collection maps' content: which places each view counts, grouped as its table shows them,
// with a count of distinct Heroes per group. Pure: the page reads the gazetteer and the places
// tied to published Heroes (lib/places/cached.ts) and draws the markers this returns.
import type { MapPoint } from '../maps/render';
import { isApproximate } from '../maps/hero-places';
import type { CollectionPlace, GazetteerEntry, HeroPlaceRole, HeroRef } from './queries';

export const MAP_VIEWS = ['origin', 'fought', 'rest'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

export function isMapView(value: unknown): value is MapView {
  return typeof value === 'string' && (MAP_VIEWS as readonly string[]).includes(value);
}

/** What each view counts: where they came from, where they fought and fell, where they rest. */
export const VIEW_ROLES: Record<MapView, readonly HeroPlaceRole[]> = {
  origin: ['BIRTH', 'CALL_UP'],
  fought: ['BATTLE', 'FEAT', 'DEATH'],
  rest: ['BURIAL', 'FIRST_BURIAL'],
};

type CollectionRow = {
  /** The district (origin) or the place itself (other views) the row counts. */
  place: GazetteerEntry;
  /** Its region as of the war years (or republic, where it lay in no region), and its republic or country. */
  region: GazetteerEntry | null;
  republic: GazetteerEntry | null;
  /** Each Hero once, with what ties him to the row's places. */
  heroes: { hero: HeroRef; roles: HeroPlaceRole[] }[];
  /** Distinct Heroes per role, for the table's columns. */
  counts: Partial<Record<HeroPlaceRole, number>>;
  /** Where the row's marker stands: its own point, or null (listed as not located). */
  located: boolean;
  approximate: boolean;
};

export type CollectionView = { view: MapView; rows: CollectionRow[]; points: MapPoint[]; heroes: number };

const REGION_KINDS = new Set(['REGION', 'REPUBLIC', 'COUNTRY']);
const TOP_KINDS = new Set(['REPUBLIC', 'COUNTRY']);

export function buildCollectionView(
  view: MapView,
  gazetteer: readonly GazetteerEntry[],
  places: readonly CollectionPlace[],
): CollectionView {
  const byId = new Map(gazetteer.map((p) => [p.id, p]));
  const chain = (place: GazetteerEntry): GazetteerEntry[] => {
    const out = [place];
    const seen = new Set([place.id]);
    for (let next = place.parentId; next && !seen.has(next) && out.length < 10;) {
      const parent = byId.get(next);
      if (!parent) break;
      seen.add(parent.id);
      out.push(parent);
      next = parent.parentId;
    }
    return out;
  };
  // Where they came from is counted by district (a town outside any district stands for itself);
  // where they fought, fell and rest, by the place the record names.
  const groupOf = (place: GazetteerEntry): GazetteerEntry =>
    view === 'origin' ? (chain(place).find((p) => p.kind === 'DISTRICT') ?? place) : place;

  const groups = new Map<
    string,
    { place: GazetteerEntry; heroes: Map<string, { hero: HeroRef; roles: Set<HeroPlaceRole> }> }
  >();
  for (const tied of places) {
    const entry = byId.get(tied.id);
    if (!entry) continue;
    for (const role of VIEW_ROLES[view]) {
      for (const hero of tied.heroes[role]) {
        const key = groupOf(entry);
        const group = groups.get(key.id) ?? {
          place: key,
          heroes: new Map<string, { hero: HeroRef; roles: Set<HeroPlaceRole> }>(),
        };
        const found = group.heroes.get(hero.slug) ?? { hero, roles: new Set<HeroPlaceRole>() };
        found.roles.add(role);
        group.heroes.set(hero.slug, found);
        groups.set(key.id, group);
      }
    }
  }

  const rows: CollectionRow[] = [...groups.values()].map(({ place, heroes }) => {
    const above = chain(place).slice(1);
    const list = [...heroes.values()]
      .map((h) => ({ hero: h.hero, roles: VIEW_ROLES[view].filter((r) => h.roles.has(r)) }))
      .sort((a, b) => a.hero.surnameEn.localeCompare(b.hero.surnameEn));
    const counts: Partial<Record<HeroPlaceRole, number>> = {};
    for (const role of VIEW_ROLES[view]) counts[role] = list.filter((h) => h.roles.includes(role)).length;
    return {
      place,
      region: above.find((p) => p.kind !== null && REGION_KINDS.has(p.kind)) ?? null,
      republic: above.find((p) => p.kind !== null && TOP_KINDS.has(p.kind)) ?? null,
      heroes: list,
      counts,
      located: place.point !== null,
      approximate: place.point !== null && isApproximate(place.point.precision),
    };
  });
  const sortKey = (row: CollectionRow) =>
    [row.republic?.name ?? '~', row.region?.name ?? '~', row.place.name].join('\u0000');
  rows.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

  const points: MapPoint[] = rows
    .filter((row) => row.place.point)
    .map((row) => ({
      lat: row.place.point!.latitude,
      lon: row.place.point!.longitude,
      label: String(row.heroes.length),
      weight: row.heroes.length,
      approximate: row.approximate,
    }));
  const heroes = new Set(rows.flatMap((row) => row.heroes.map((h) => h.hero.slug))).size;
  return { view, rows, points, heroes };
}

const KIND_ORDER = [
  'REPUBLIC',
  'REGION',
  'DISTRICT',
  'SETTLEMENT',
  'AREA',
  'HEIGHT',
  'CROSSING',
  'CEMETERY',
  'MEMORIAL',
  'COUNTRY',
];

export type PlaceIndexGroup = { top: GazetteerEntry | null; places: { place: GazetteerEntry; heroes: number }[] };

/**
 * The republic a place lay in during the war years, else the country above it, else null: what the
 * list of places and the forms' place choices group by. A loop in the parents ends the walk.
 */
export function warTimeTopOf(place: GazetteerEntry, byId: ReadonlyMap<string, GazetteerEntry>): GazetteerEntry | null {
  let country: GazetteerEntry | null = null;
  const seen = new Set<string>();
  for (
    let p: GazetteerEntry | undefined = place;
    p && !seen.has(p.id);
    p = p.parentId ? byId.get(p.parentId) : undefined
  ) {
    seen.add(p.id);
    if (p.kind === 'REPUBLIC') return p;
    if (p.kind === 'COUNTRY') country = p;
  }
  return country;
}

/**
 * The place index: every place under the republic it lay in during the war years (or the country,
 * outside the Soviet Union), larger kinds first; each with how many published Heroes are tied to it.
 */
export function groupPlaceIndex(
  gazetteer: readonly GazetteerEntry[],
  tied: readonly CollectionPlace[],
): PlaceIndexGroup[] {
  const byId = new Map(gazetteer.map((p) => [p.id, p]));
  const heroCount = new Map(
    tied.map((p) => [
      p.id,
      new Set(
        Object.values(p.heroes)
          .flat()
          .map((h) => h.slug),
      ).size,
    ]),
  );
  const topOf = (place: GazetteerEntry) => warTimeTopOf(place, byId);
  const groups = new Map<string, PlaceIndexGroup>();
  for (const place of gazetteer) {
    const top = topOf(place);
    const key = top?.id ?? '';
    const group = groups.get(key) ?? { top, places: [] };
    if (place.id !== top?.id) group.places.push({ place, heroes: heroCount.get(place.id) ?? 0 });
    groups.set(key, group);
  }
  const rank = (kind: string | null) => (kind === null ? KIND_ORDER.length : KIND_ORDER.indexOf(kind));
  for (const group of groups.values())
    group.places.sort((a, b) => rank(a.place.kind) - rank(b.place.kind) || a.place.name.localeCompare(b.place.name));
  const topRank = (g: PlaceIndexGroup) => (g.top === null ? 2 : g.top.kind === 'REPUBLIC' ? 0 : 1);
  return [...groups.values()].sort(
    (a, b) => topRank(a) - topRank(b) || (a.top?.name ?? '').localeCompare(b.top?.name ?? ''),
  );
}

export type HeroWithin = { hero: HeroRef; place: GazetteerEntry; roles: HeroPlaceRole[] };

/**
 * The Heroes tied to places that lay within this one (the villages of a district, the districts of
 * a region): "who else came from our district". Each Hero once per place, nearest places first.
 */
export function listHeroesWithin(
  placeId: string,
  gazetteer: readonly GazetteerEntry[],
  tied: readonly CollectionPlace[],
): HeroWithin[] {
  const children = new Map<string, GazetteerEntry[]>();
  for (const place of gazetteer)
    if (place.parentId) children.set(place.parentId, [...(children.get(place.parentId) ?? []), place]);
  const within: GazetteerEntry[] = [];
  const seen = new Set([placeId]);
  for (let frontier = children.get(placeId) ?? []; frontier.length > 0;) {
    const next: GazetteerEntry[] = [];
    for (const place of frontier) {
      if (seen.has(place.id)) continue;
      seen.add(place.id);
      within.push(place);
      next.push(...(children.get(place.id) ?? []));
    }
    frontier = next;
  }
  const tiedById = new Map(tied.map((p) => [p.id, p]));
  const rows: HeroWithin[] = [];
  for (const place of within) {
    const heroes = tiedById.get(place.id)?.heroes;
    if (!heroes) continue;
    const byHero = new Map<string, HeroWithin>();
    for (const [role, list] of Object.entries(heroes) as [HeroPlaceRole, HeroRef[]][])
      for (const hero of list) {
        const row = byHero.get(hero.slug) ?? { hero, place, roles: [] };
        if (!row.roles.includes(role)) row.roles.push(role);
        byHero.set(hero.slug, row);
      }
    rows.push(...byHero.values());
  }
  return rows;
}
