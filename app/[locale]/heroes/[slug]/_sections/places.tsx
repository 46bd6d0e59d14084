// Where he was born, fought, fell and rests (a map and the list it draws), then his life in time.
import { HeroPlacesAndTime } from '../../../../_components/places';
import type { Profile } from './profile';

export function Places({ profile: { hero, locale } }: { profile: Profile }) {
  return <HeroPlacesAndTime hero={hero} locale={locale} />;
}
