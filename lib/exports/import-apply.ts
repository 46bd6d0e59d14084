// An imported row applied to a Hero the archive already holds: the facts it states, and the places
// it links him to, change the record with a revision saying where they came from; a record edited
// in the archive is never overwritten, the difference becomes pending proposals (lib/exports/import.ts).
import type { Prisma } from '../generated/prisma/client';
import { heroTags } from '../cache';
import { PLACE_COLUMNS_SELECT, writeHeroPlaces, type HeroPlaceChange } from '../places/hero-links';
import { appendRevision } from '../revisions/append';
import {
  diffSnapshots,
  readSnapshot,
  snapshotFacts,
  writeSnapshot,
  EDITABLE_FIELDS,
  SNAPSHOT_FACT_COLUMNS,
  type Snapshot,
} from '../revisions/snapshot';
import { reindexHero } from '../search/indexing';
import type { ImportItem, Match } from './import-match';
import { placeChangeOf, type PlaceLinks } from './import-places';
import type { ExportHero } from './schemas';

type Tx = Prisma.TransactionClient;

export const snapshotDate = (value: string | null) => (value ? value.replace(/~$/, '') : null);

/** The editable facts a row states (null: the row does not say; an import never erases a value). */
export function statedValues(hero: ExportHero): Partial<Snapshot> {
  const title = hero.awards.find((a) => a.kind === 'HERO_OF_THE_SOVIET_UNION');
  const all: Partial<Snapshot> = {
    surnameRu: hero.surnameRu || null,
    givenRu: hero.givenRu,
    patronymicRu: hero.patronymicRu,
    surnameEn: hero.surnameEn || null,
    givenEn: hero.givenEn,
    fullNameTg: hero.fullNameTg,
    nationality: hero.nationality,
    birthDate: snapshotDate(hero.birthDate),
    deathDate: snapshotDate(hero.deathDate),
    rankAtFeat: hero.rankAtFeat,
    role: hero.role,
    featDate: snapshotDate(hero.featDate) ?? hero.featDateText,
    featPlace: hero.featPlace,
    titleDecreeDate: snapshotDate(title?.decreeDate ?? null),
    postwar: hero.postwar,
    biographyEn: hero.biographyEn || null,
    biographyRu: hero.biographyRu || null,
    wikidataId: hero.externalIds.wikidata,
    warheroesId: hero.externalIds.warheroes,
    pamyatNarodaId: hero.externalIds.pamyatNaroda,
    podvigNarodaId: hero.externalIds.podvigNaroda,
  };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== null && value !== undefined));
}

/** The editable facts of many Heroes at once, as readSnapshot formats them (lists left out). */
export async function readStatedFacts(tx: Tx, ids: string[]): Promise<Map<string, Partial<Snapshot>>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.hero.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      ...SNAPSHOT_FACT_COLUMNS,
      awards: {
        where: { kind: 'HERO_OF_THE_SOVIET_UNION' },
        select: { decreeDate: true, decreePrecision: true },
        take: 1,
      },
    },
  });
  return new Map(rows.map(({ id, awards, ...hero }) => [id, snapshotFacts(hero, awards[0])]));
}

/** The names of what a change of links changes, as the summary lists a row's fields. */
const placeChangeFields = (change: HeroPlaceChange) => [
  ...Object.keys(change.places),
  ...(change.commissariat !== undefined ? ['callUpCommissariat'] : []),
];

/** The links to the gazetteer of many Heroes at once, for the rows that change nothing. */
export async function readRecordLinks(tx: Tx, ids: string[]) {
  const rows = await tx.hero.findMany({ where: { id: { in: ids } }, select: { id: true, ...PLACE_COLUMNS_SELECT } });
  return new Map(rows.map(({ id, ...links }) => [id, links]));
}

/** What the row changes in the record's links to the gazetteer, read from the record as it is. */
async function readPlaceChange(tx: Tx, heroId: string, item: ImportItem, links: PlaceLinks) {
  const now = await tx.hero.findUniqueOrThrow({ where: { id: heroId }, select: PLACE_COLUMNS_SELECT });
  return { now, change: placeChangeOf(item.hero, links, now) };
}

export async function applyToExisting(
  tx: Tx,
  match: Match,
  item: ImportItem,
  fileName: string,
  actorId: string | null,
  tags: Set<string>,
  links: PlaceLinks,
): Promise<{ outcome: 'changed' | 'proposed' | 'unchanged'; fields?: string[] }> {
  const { snapshot: current, version } = await readSnapshot(tx, match.id);
  const stated = statedValues(item.hero);
  const proposed = { ...current, ...stated } as Snapshot;
  const changes = diffSnapshots(current, proposed, EDITABLE_FIELDS);
  const { now, change } = await readPlaceChange(tx, match.id, item, links);
  const fields = [...Object.keys(changes), ...placeChangeFields(change)];
  if (fields.length === 0) return { outcome: 'unchanged' };
  const provenance = `Imported from ${fileName}, row ${item.row} (line ${item.line})`;
  const source = item.hero.sources.find((s) => s.url)?.url ?? null;
  const evidence = [{ url: source, title: `Import of ${fileName}, row ${item.row}`, archiveRef: null }];
  if (match.editedAt) {
    // Edited in the archive: a moderator decides. The same proposal is not made twice.
    const note = `${provenance}: differs from the record as edited in the archive.`;
    let madeAny = false;
    if (Object.keys(changes).length > 0) {
      const pending = await tx.submission.findMany({
        where: { heroId: match.id, kind: 'CORRECTION', status: 'PENDING', note: { startsWith: 'Imported from ' } },
        select: { payload: true },
      });
      if (!pending.some((p) => Object.keys(diffSnapshots(p.payload as Snapshot, proposed)).length === 0)) {
        await tx.submission.create({
          data: {
            kind: 'CORRECTION',
            heroId: match.id,
            authorId: actorId,
            baseVersion: version,
            baseSnapshot: current,
            payload: proposed,
            evidence,
            note,
          },
        });
        madeAny = true;
      }
    }
    // Each place as the proposal a contributor would make (lib/submissions/kinds/hero-place.ts).
    const placeProposals = Object.entries(change.places).map(([placeFact, factPlace]) => ({
      placeFact,
      factPlace,
      commissariat: placeFact === 'callUpPlace' ? (change.commissariat ?? null) : null,
    }));
    if (change.commissariat !== undefined && !change.places.callUpPlace && now.callUpPlaceId)
      placeProposals.push({
        placeFact: 'callUpPlace',
        factPlace: now.callUpPlaceId,
        commissariat: change.commissariat,
      });
    for (const payload of placeProposals) {
      const pending = await tx.submission.findMany({
        where: { heroId: match.id, kind: 'HERO_PLACE', status: 'PENDING', note: { startsWith: 'Imported from ' } },
        select: { payload: true },
      });
      const same = (p: typeof payload) =>
        p.placeFact === payload.placeFact &&
        p.factPlace === payload.factPlace &&
        p.commissariat === payload.commissariat;
      if (pending.some((p) => same(p.payload as typeof payload))) continue;
      await tx.submission.create({
        data: {
          kind: 'HERO_PLACE',
          heroId: match.id,
          authorId: actorId,
          baseVersion: version,
          baseSnapshot: current,
          payload,
          evidence,
          note,
        },
      });
      madeAny = true;
    }
    return madeAny ? { outcome: 'proposed', fields } : { outcome: 'unchanged' };
  }
  const before = await tx.hero.findUniqueOrThrow({ where: { id: match.id }, select: { editedAt: true } });
  let at = version;
  if (Object.keys(changes).length > 0) {
    if (!(await writeSnapshot(tx, match.id, at, proposed)))
      throw new Error(`The record ${match.slug} changed during the import.`);
    at += 1;
  }
  const placeDiff = placeChangeFields(change).length > 0 ? await writeHeroPlaces(tx, match.id, at, change) : {};
  if (!placeDiff) throw new Error(`The record ${match.slug} changed during the import.`);
  // An import is not an edit in the archive: the next import may still refresh the record.
  await tx.hero.update({ where: { id: match.id }, data: { editedAt: before.editedAt } });
  await appendRevision(tx, {
    heroId: match.id,
    before: current,
    after: (await readSnapshot(tx, match.id)).snapshot,
    reason: provenance,
    proposedById: actorId,
    approvedById: actorId,
    extraDiff: placeDiff,
    firstRecordedReason: 'As first recorded in the archive (before this import).',
  });
  await reindexHero(tx, match.id);
  // Every page that shows him: his own, and the unit, battle and place pages that list him.
  for (const tag of await heroTags(tx, [match.id])) tags.add(tag);
  return { outcome: 'changed', fields };
}
