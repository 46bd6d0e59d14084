// A place a proposal names is chosen from the gazetteer, never typed: the form offers every place
// the archive holds, named in the reader's language, and the proposal is refused when what came
// back is not one of them. A place the gazetteer lacks is not made here (docs/places.md).
import { z } from 'zod';
import { db } from '../../db';
import { runsInNext } from '../../env';
import { ValidationError } from '../../errors';
import { TextBook } from '../../i18n/texts';
import type { Locale } from '../../i18n/locale';
import { getCachedGazetteer } from '../../places/cached';
import { warTimeTopOf } from '../../places/collection';
import { nameNow, nameThen } from '../../places/labels';
import { listGazetteer, type GazetteerEntry } from '../../places/queries';
import type { ChoiceOption, Tx } from './kind';

/** The id of a chosen place, or of a chosen row of the archive: short, or refused as unknown. */
export const chosenId = (unknown: string, options: { required?: boolean } = {}) =>
  z
    .string({ error: 'required' })
    .trim()
    .refine((v) => v !== '' || !options.required, 'required')
    .refine((v) => v.length <= 64, unknown)
    .transform((v) => (v === '' ? null : v));

/**
 * The gazetteer a form offers. A page reads it from Next's cache, kept until a place or its names
 * change (`places`, lib/places/cached.ts), instead of the whole table at each render; tests and
 * scripts call the forms outside Next, where there is no such cache, and read it as it is.
 */
const readGazetteer = () => (runsInNext() ? getCachedGazetteer() : listGazetteer(db));

/** A choice of place, with the group it is listed under (the republic or country it lay in then). */
type PlaceChoice = ChoiceOption & { group?: string };

/**
 * Every place of the gazetteer as a choice: its name in the war years, today's when it differs, and
 * the place it lay in, so that two villages of one name are told apart. The choices are grouped by
 * the republic (or country) each lay in during the war years, the republic itself first in its
 * group, and both groups and places are in the reader's alphabetical order. `none` labels the empty
 * choice, outside any group.
 */
export async function gazetteerOptions(locale: Locale, none: string): Promise<PlaceChoice[]> {
  const { places, texts } = await readGazetteer();
  const book = new TextBook(texts);
  const byId = new Map(places.map((p) => [p.id, p]));
  const nameOf = (place: GazetteerEntry) => nameThen(place, locale, book).value;
  // A place under no republic or country is a group of its own.
  const topOf = (place: GazetteerEntry) => warTimeTopOf(place, byId) ?? place;
  const collator = new Intl.Collator(locale);
  const options = places.map((place) => {
    const then = nameOf(place);
    const now = nameNow(place, locale, book)?.value;
    const parent = place.parentId ? byId.get(place.parentId) : undefined;
    const within = parent ? nameOf(parent) : null;
    const label = `${then}${now && now !== then ? ` (${now})` : ''}${within ? ` — ${within}` : ''}`;
    const top = topOf(place);
    return { value: place.id, label, group: nameOf(top), isTop: top.id === place.id };
  });
  options.sort(
    (a, b) =>
      collator.compare(a.group, b.group) || Number(b.isTop) - Number(a.isTop) || collator.compare(a.label, b.label),
  );
  return [{ value: '', label: none }, ...options.map(({ value, label, group }) => ({ value, label, group }))];
}

/** Refuses `field` with `unknownPlace` unless the place is in the gazetteer. */
export async function requireGazetteerPlace(client: Pick<Tx, 'place'>, field: string, placeId: string | null) {
  if (placeId === null) return;
  const found = await client.place.findUnique({ where: { id: placeId }, select: { id: true } });
  if (!found) throw new ValidationError({ [field]: 'unknownPlace' });
}
