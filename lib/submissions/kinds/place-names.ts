// The moderator reads a place as the contributor chose it on the form: named by the gazetteer in
// the reader's language (lib/places/labels.ts), as it was called in the war years and, where that
// differs, today.
import { TextBook } from '../../i18n/texts';
import type { Locale } from '../../i18n/locale';
import { nameNow, nameThen } from '../../places/labels';
import { listGazetteer } from '../../places/queries';
import type { Tx } from './kind';

/**
 * Names places in `locale`, reading the gazetteer once for a review that names several. A place
 * the gazetteer no longer holds is shown by its id, so the row still says what was proposed.
 */
export async function placeNamer(client: Tx, locale: Locale): Promise<(placeId: string) => string> {
  const { places, texts } = await listGazetteer(client);
  const book = new TextBook(texts);
  const byId = new Map(places.map((place) => [place.id, place]));
  return (placeId) => {
    const place = byId.get(placeId);
    if (!place) return placeId;
    const then = nameThen(place, locale, book).value;
    const now = nameNow(place, locale, book)?.value;
    return now && now !== then ? `${then} (${now})` : then;
  };
}
