// A place a proposal names is chosen from the gazetteer, never typed: the form offers every place
// the archive holds, named in the reader's language, and the proposal is refused when what came
// back is not one of them. A place the gazetteer lacks is not made here (docs/places.md).
import { z } from 'zod';
import { db } from '../../db';
import { ValidationError } from '../../errors';
import { TextBook } from '../../i18n/texts';
import type { Locale } from '../../i18n/locale';
import { nameNow, nameThen } from '../../places/labels';
import { listGazetteer } from '../../places/queries';
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
 * Every place of the gazetteer as a choice: its name in the war years, today's when it differs, and
 * the place it lay in, so that two villages of one name are told apart. `none` labels the empty choice.
 */
export async function gazetteerOptions(locale: Locale, none: string): Promise<ChoiceOption[]> {
  const { places, texts } = await listGazetteer(db);
  const book = new TextBook(texts);
  const byId = new Map(places.map((p) => [p.id, p]));
  const options = places.map((place) => {
    const then = nameThen(place, locale, book).value;
    const now = nameNow(place, locale, book)?.value;
    const parent = place.parentId ? byId.get(place.parentId) : undefined;
    const within = parent ? nameThen(parent, locale, book).value : null;
    const label = `${then}${now && now !== then ? ` (${now})` : ''}${within ? ` — ${within}` : ''}`;
    return { value: place.id, label };
  });
  options.sort((a, b) => a.label.localeCompare(b.label, locale));
  return [{ value: '', label: none }, ...options];
}

/** The place as the archive names it, for the moderator: its wording then and, where known, today. */
export async function placeAsNamed(client: Pick<Tx, 'place'>, placeId: string): Promise<string> {
  const place = await client.place.findUnique({ where: { id: placeId }, select: { name: true, nameToday: true } });
  if (!place) return placeId;
  return place.nameToday ? `${place.name} (${place.nameToday})` : place.name;
}

/** Refuses `field` with `unknownPlace` unless the place is in the gazetteer. */
export async function requireGazetteerPlace(client: Pick<Tx, 'place'>, field: string, placeId: string | null) {
  if (placeId === null) return;
  const found = await client.place.findUnique({ where: { id: placeId }, select: { id: true } });
  if (!found) throw new ValidationError({ [field]: 'unknownPlace' });
}
