// Units and battles are shared by every Hero who served in them. A new name finds the record of
// that name (trimmed, composed, case-blind), never one that merely shares a slug: "281-я
// стрелковая дивизия" and "281-й стрелковый полк" are two units. A new record gets its own slug,
// with -2, -3… when another name already holds it. Approvals and the seed both come through here.
import type { Prisma } from '../generated/prisma/client';
import type { UnitLevel } from '../generated/prisma/enums';
import { firstFreeSlug, nameKey, slugify } from '../slug';

type Tx = Prisma.TransactionClient;
type Row = { id: string; name: string; slug: string };

async function findByName(tx: Tx, kind: 'unit' | 'battle', name: string): Promise<{ found: Row | null; slug: string }> {
  const base = slugify(name);
  // Two approvals adding one name (or two names with one slug) at once: the second waits here
  // until the first commits, then finds its row or its slug.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${kind}-slug:${base}`}))`;
  // The database narrows (case-blind only as far as its collation knows the script); the exact
  // comparison is nameKey's, so it does not depend on the server's locale.
  const where = {
    OR: [
      { slug: base },
      { slug: { startsWith: `${base}-` } },
      { name: { equals: name.trim(), mode: 'insensitive' as const } },
    ],
  };
  const select = { id: true, name: true, slug: true };
  const rows: Row[] =
    kind === 'unit' ? await tx.unit.findMany({ where, select }) : await tx.battle.findMany({ where, select });
  const key = nameKey(name);
  return {
    found: rows.find((row) => nameKey(row.name) === key) ?? null,
    slug: firstFreeSlug(
      base,
      rows.map((row) => row.slug),
    ),
  };
}

/** The unit of this name, created when there is none. An existing unit keeps its parent; a missing one is filled in. */
export async function findOrCreateUnit(
  tx: Tx,
  unit: { name: string; level: UnitLevel; parentId?: string | null },
): Promise<{ id: string; slug: string }> {
  const name = unit.name.trim();
  const { found, slug } = await findByName(tx, 'unit', name);
  if (!found)
    return tx.unit.create({
      data: { slug, name, level: unit.level, parentId: unit.parentId ?? null },
      select: { id: true, slug: true },
    });
  if (unit.parentId && unit.parentId !== found.id)
    await tx.unit.updateMany({ where: { id: found.id, parentId: null }, data: { parentId: unit.parentId } });
  return { id: found.id, slug: found.slug };
}

/** The battle of this name, created when there is none; an existing battle keeps its date and place. */
export async function findOrCreateBattle(
  tx: Tx,
  battle: { name: string; dateText: string | null; place: string | null },
): Promise<{ id: string; slug: string }> {
  const name = battle.name.trim();
  const { found, slug } = await findByName(tx, 'battle', name);
  if (found) return { id: found.id, slug: found.slug };
  return tx.battle.create({
    data: { slug, name, dateText: battle.dateText, place: battle.place },
    select: { id: true, slug: true },
  });
}
