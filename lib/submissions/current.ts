import { db } from '../db';
import { readSnapshot, type Snapshot } from '../revisions/snapshot';

/** Today's values of a published Hero, as the proposal form starts from them. */
export async function getCurrentValues(slug: string): Promise<Snapshot | null> {
  const hero = await db.hero.findFirst({ where: { slug, published: true }, select: { id: true } });
  return hero ? (await readSnapshot(db, hero.id)).snapshot : null;
}
