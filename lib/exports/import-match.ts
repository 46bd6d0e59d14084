// Which Hero an imported row names: by its external ids and the archive's own slug, read for a
// batch of rows at once. An id held only as a possible match, or ids naming two records, is a
// conflict the row is refused for (lib/exports/import.ts).
import type { Prisma } from '../generated/prisma/client';
import { EXTERNAL_ID_COLUMNS, EXTERNAL_ID_KINDS } from './external-ids';
import type { ExportHero } from './schemas';

type Tx = Prisma.TransactionClient;

/** A valid row of the file: its line, its row number among the records, what it says. */
export type ImportItem = { line: number; row: number; hero: ExportHero };

export type Match = { id: string; slug: string; editedAt: Date | null };

/** The Heroes a batch of rows names, by slug and by each kind of external id. */
export async function findMatches(tx: Tx, heroes: ExportHero[]) {
  const slugs = heroes.map((h) => h.slug).filter(Boolean);
  const ids = Object.fromEntries(
    EXTERNAL_ID_KINDS.map((kind) => [
      kind,
      heroes.map((h) => h.externalIds[kind]).filter((v): v is string => Boolean(v)),
    ]),
  );
  const rows = await tx.hero.findMany({
    where: {
      OR: [
        { slug: { in: slugs } },
        ...EXTERNAL_ID_KINDS.map((kind) => ({ [EXTERNAL_ID_COLUMNS[kind]]: { in: ids[kind] } })),
      ],
    },
    select: {
      id: true,
      slug: true,
      editedAt: true,
      wikidataId: true,
      warheroesId: true,
      pamyatNarodaId: true,
      podvigNarodaId: true,
      unconfirmedIds: true,
    },
  });
  const index = new Map<string, Match>();
  // An id a record holds as a possible match only: a row naming it is not known to be that man,
  // nor known not to be, so it is refused rather than merged or added as a second record.
  const possible = new Map<string, Match>();
  for (const row of rows) {
    index.set(`slug:${row.slug}`, row);
    for (const kind of EXTERNAL_ID_KINDS) {
      const value = row[EXTERNAL_ID_COLUMNS[kind]];
      if (value) (row.unconfirmedIds.includes(kind) ? possible : index).set(`${kind}:${value}`, row);
    }
  }
  return (hero: ExportHero): { match: Match | null; conflict: string | null } => {
    const found = new Map<string, Match>();
    const keys: [string, string][] = EXTERNAL_ID_KINDS.flatMap((kind) =>
      hero.externalIds[kind] ? [[kind, `${kind}:${hero.externalIds[kind]}`] as [string, string]] : [],
    );
    // The archive's own slug names the record only in its own export; in a CSV it is a key too.
    if (hero.slug) keys.push(['slug', `slug:${hero.slug}`]);
    const unsure: [string, string, Match][] = [];
    for (const [kind, key] of keys) {
      const held = possible.get(key);
      if (held) unsure.push([kind, key, held]);
      const match = index.get(key);
      if (match) found.set(match.id, match);
    }
    // Named by its slug or a confirmed id, the record is the row's whatever it holds as possible
    // (the archive's own export round-trips); named only by a possible match, it is not known.
    const [kind, key, held] = unsure.find(([, , held]) => !found.has(held.id)) ?? [];
    if (held)
      return {
        match: null,
        conflict: `The record ${held.slug} holds ${kind} ${key!.slice(kind!.length + 1)} as a possible match, not confirmed; confirm or correct it there first.`,
      };
    if (found.size > 1)
      return {
        match: null,
        conflict: `Its ids and slug name different records in the archive (${[...found.values()].map((m) => m.slug).join(', ')}).`,
      };
    const match = [...found.values()][0] ?? null;
    if (match) {
      // An id the row gives that the matched record holds with another value is a contradiction.
      for (const kind of EXTERNAL_ID_KINDS) {
        const mine = hero.externalIds[kind];
        const theirs = rows.find((r) => r.id === match.id)![EXTERNAL_ID_COLUMNS[kind]];
        if (mine && theirs && mine !== theirs)
          return { match: null, conflict: `The record ${match.slug} holds ${kind} ${theirs}, the row says ${mine}.` };
      }
    }
    return { match, conflict: null };
  };
}
