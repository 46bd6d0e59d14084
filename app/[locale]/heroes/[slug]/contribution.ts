// The pages where a signed-in person adds to a Hero's record (a correction, an addition, a
// picture, a memory) start alike: an unknown Hero is a 404, a reader who is not signed in is
// sent to sign in first. The permission itself is checked where the proposal is stored.
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth';
import { getHeroHeading } from '@/lib/heroes/queries';
import { SlugSchema } from '@/lib/heroes/schemas';

/** The page's route values (locale, slug and any other), with the reader and the Hero. */
export async function contributionPage<Route extends { locale: string; slug: string }>(params: Promise<Route>) {
  const route = await params;
  setRequestLocale(route.locale);
  if (!SlugSchema.safeParse(route.slug).success) notFound();
  const actor = await requirePageActor(route.locale);
  const hero = await getHeroHeading(route.slug);
  if (!hero) notFound();
  return { ...route, actor, hero };
}
