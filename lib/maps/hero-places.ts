// The places of one Hero's life in the order he came to them, as the profile's "Places" list and
// its map show them. Pure: it reads a small input (HeroPlacesInput) that today's profile fills from
// its birth, death and burial places and the feat's place as text; the gazetteer's read API
// (lib/places/) fills the same shape with call-up, first burial, battles and precision.
import type { PlaceNameView } from '../places/queries';
import type { MapPoint } from './render';

/** How exact a coordinate is; null with a coordinate means nobody recorded it (drawn as approximate). */
export type CoordPrecision = 'EXACT' | 'SETTLEMENT' | 'DISTRICT_CENTRE' | 'REGION' | 'APPROXIMATE';
export type PlaceEventKind = 'birth' | 'callUp' | 'battle' | 'feat' | 'death' | 'firstBurial' | 'burial' | 'memorial';

export type PlaceRef = {
  /** The Place row; null for a place the record names only as text (the feat's place today). */
  id: string | null;
  /** Its page, once the place has one. */
  slug: string | null;
  /** As the sources name it at the time, and today (English or the source's words; translated by the page). */
  name: string;
  nameToday: string | null;
  latitude: number | null;
  longitude: number | null;
  precision: CoordPrecision | null;
  /** Who or what gave the coordinate ("GeoNames 1514921", a map sheet). */
  coordSource: string | null;
  /** Where the name is kept, so the page can show it in the reader's language. */
  nameRef: TextRef;
  nameTodayRef: TextRef | null;
  /** For a place of the gazetteer: its kind and its names through time (lib/places/labels.ts). */
  gazetteer?: { kind: string | null; names: readonly PlaceNameView[] };
};
export type TextRef = { entity: string; entityId: string; field: string };

/** When it happened, as precisely as the sources say: a partial ISO date ("1943-10") and/or words. */
export type EventDate = { iso: string | null; text: string | null };
export type PlaceEvent = {
  kind: PlaceEventKind;
  date: EventDate | null;
  /** The battle's name or the memorial's description, with where it is kept for translation. */
  detail: { text: string; ref: TextRef } | null;
};

export type HeroPlacesInput = {
  birth?: { place: PlaceRef; date: EventDate | null } | null;
  callUp?: { place: PlaceRef; date: EventDate | null } | null;
  battles?: readonly { place: PlaceRef; date: EventDate | null; name: { text: string; ref: TextRef } }[];
  feat?: { place: PlaceRef; date: EventDate | null } | null;
  death?: { place: PlaceRef; date: EventDate | null } | null;
  firstBurial?: { place: PlaceRef; date: EventDate | null } | null;
  burial?: { place: PlaceRef; date: EventDate | null } | null;
  memorials?: readonly { place: PlaceRef; description: { text: string; ref: TextRef } }[];
};

/** One row of the list: a place, its number (which is also its marker's), and what happened there. */
export type PlaceStop = {
  number: number;
  place: PlaceRef;
  events: PlaceEvent[];
  located: boolean;
  approximate: boolean;
};

/**
 * The places in life order (birth, call-up, battles, the feat, death, first burial, resting place,
 * memorials), one row per place: a Place named twice (he fell where he did the feat) gets one row
 * with both events. Rows are numbered in order; a located row's marker has the same number.
 */
export function heroPlaceStops(input: HeroPlacesInput): PlaceStop[] {
  const stops: PlaceStop[] = [];
  const add = (place: PlaceRef, event: PlaceEvent) => {
    const same = stops.find((stop) => sameplace(stop.place, place));
    if (same) {
      same.events.push(event);
      return;
    }
    const located = place.latitude != null && place.longitude != null;
    stops.push({
      number: stops.length + 1,
      place,
      events: [event],
      located,
      approximate: located && isApproximate(place.precision),
    });
  };
  const single = (kind: PlaceEventKind, entry: { place: PlaceRef; date: EventDate | null } | null | undefined) => {
    if (entry) add(entry.place, { kind, date: entry.date, detail: null });
  };
  single('birth', input.birth);
  single('callUp', input.callUp);
  for (const battle of input.battles ?? [])
    add(battle.place, { kind: 'battle', date: battle.date, detail: battle.name });
  single('feat', input.feat);
  single('death', input.death);
  single('firstBurial', input.firstBurial);
  single('burial', input.burial);
  for (const memorial of input.memorials ?? [])
    add(memorial.place, { kind: 'memorial', date: null, detail: memorial.description });
  return stops;
}

function sameplace(a: PlaceRef, b: PlaceRef): boolean {
  return a.id !== null ? a.id === b.id : b.id === null && a.name === b.name;
}

/** A district centre standing in for a village, a region, "near …", or a point nobody qualified. */
export function isApproximate(precision: CoordPrecision | null): boolean {
  return precision === null || precision === 'DISTRICT_CENTRE' || precision === 'REGION' || precision === 'APPROXIMATE';
}

/** The markers for the located rows, numbered as the list is. */
export function mapPointsOf(stops: readonly PlaceStop[]): MapPoint[] {
  return stops
    .filter((stop) => stop.located)
    .map((stop) => ({
      lat: stop.place.latitude!,
      lon: stop.place.longitude!,
      label: String(stop.number),
      approximate: stop.approximate,
    }));
}
