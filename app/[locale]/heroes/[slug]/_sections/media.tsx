// The approved pictures and the family's memories, each its own section of the profile.
import { FamilyMemories, HeroGallery } from '../../../../_components/media/hero-media';
import type { Profile } from './profile';

export function Gallery({ profile: { hero, locale } }: { profile: Profile }) {
  return <HeroGallery slug={hero.slug} locale={locale} items={hero.media} />;
}

export function Memories({ profile: { hero } }: { profile: Profile }) {
  return <FamilyMemories slug={hero.slug} memories={hero.memories} />;
}
