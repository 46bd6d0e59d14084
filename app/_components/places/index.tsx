// The profile's places and its life in time, as one insertion in the profile page.
import type { HeroProfile } from '@/lib/heroes/queries';
import { toLocale } from '@/lib/i18n/locale';
import { TextBook } from '@/lib/i18n/texts';
import { HeroPlaces } from './hero-places';
import { LifeInTime } from './life-in-time';

export function HeroPlacesAndTime({ hero, locale }: { hero: HeroProfile; locale: string }) {
  const reader = toLocale(locale);
  const book = new TextBook(hero.texts);
  return (
    <>
      <HeroPlaces hero={hero} locale={reader} book={book} />
      <LifeInTime hero={hero} locale={reader} book={book} />
    </>
  );
}
