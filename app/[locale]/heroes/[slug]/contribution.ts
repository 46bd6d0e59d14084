// The pages where a signed-in person adds to a Hero's record (a correction, an addition, a
// picture, a memory) start alike: an unknown Hero is a 404, a reader who is not signed in is
// sent to sign in first. The permission itself is checked where the proposal is stored.
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth';
import { getHeroHeading } from '@/lib/heroes/queries';
import { SlugSchema } from '@/lib/heroes/schemas';

export async function contributionPage(locale: string, slug: string) {
  if (!SlugSchema.safeParse(slug).success) notFound();
  const actor = await requirePageActor(locale);
  const hero = await getHeroHeading(slug);
  if (!hero) notFound();
  return { actor, hero };
}
