// Every human-readable text a Hero's profile shows, as references (record, field) with its English
// value: one list that the seed translates, the profile reads, the coverage test checks and the
// "help translate" page lists. A text with no words (a date such as "1944-01-27") is left out.
import type { Prisma } from '../generated/prisma/client';
import { readCandidateName } from '../candidates/names';
import { readCandidateStatus } from '../candidates/status';
import { isAddressOrSite } from '../heroes/source-format';
import { isLanguageNeutral, type TextRefKey, type TranslationRow } from './texts';

export type TextEntity =
  | 'Hero'
  | 'Place'
  | 'Unit'
  | 'Battle'
  | 'BattleParticipation'
  | 'Service'
  | 'Citation'
  | 'Source'
  | 'SourceConflict'
  | 'Memorial'
  | 'Award'
  | 'Collection'
  | 'CountClaim'
  | 'Candidate';

/** Texts of places, units, battles and sources are shared by every page that shows them. */
export const SHARED_ENTITIES: readonly TextEntity[] = ['Place', 'Unit', 'Battle', 'Source'];

export type TextRef = TextRefKey & { entity: TextEntity; english: string; heroId: string | null };

type Maybe = string | null | undefined;
type PlaceRow = { id: string; name: string; nameToday: Maybe } | null;
type UnitRow = { id: string; name: string; parent?: UnitRow | null };

export type RecordTextsInput = {
  id: string;
  rankAtFeat: Maybe;
  role: Maybe;
  nationality: Maybe;
  featPlace: Maybe;
  featDateText: Maybe;
  featFacts: readonly string[];
  postwar: Maybe;
  notes: Maybe;
  membershipNote: Maybe;
  identityNote: Maybe;
  biographyEn: Maybe;
  birthPlace: PlaceRow;
  deathPlace: PlaceRow;
  burialPlace: PlaceRow;
  services: readonly { id: string; role: Maybe; rank: Maybe; note: Maybe; unit: UnitRow }[];
  battles: readonly {
    id: string;
    dateText: Maybe;
    place: Maybe;
    note: Maybe;
    battle: { id: string; name: string; dateText?: Maybe; place?: Maybe };
  }[];
  awards: readonly { id: string; kind: string; name: Maybe }[];
  citations: readonly {
    id: string;
    supports: string;
    source: { id: string; title: Maybe; publisher: Maybe; mediaId: Maybe };
  }[];
  conflicts: readonly {
    id: string;
    field: string;
    values: readonly string[];
    sources: readonly string[];
    note: Maybe;
  }[];
  memorials: readonly { id: string; description: string }[];
};

/**
 * The plain text columns each kind of record shows, by column name: recordTexts reads them, and
 * the help page's count (lib/translations/coverage.ts) lists them in SQL from this same list, so
 * a text added here is translated, shown and counted alike. Hero's biography (biographyEn, with
 * the Russian in its own column) and the lists (featFacts, a conflict's values and sources) are
 * read apart.
 */
export const TEXT_FIELDS = {
  Hero: [
    'rankAtFeat',
    'role',
    'nationality',
    'featPlace',
    'featDateText',
    'postwar',
    'notes',
    'membershipNote',
    'identityNote',
  ],
  Place: ['name', 'nameToday'],
  Service: ['role', 'rank', 'note'],
  Battle: ['name', 'dateText', 'place'],
  BattleParticipation: ['dateText', 'place', 'note'],
  Source: ['title', 'publisher'],
  SourceConflict: ['field', 'note'],
} as const satisfies Partial<Record<TextEntity, readonly string[]>>;

export function recordTexts(hero: RecordTextsInput): TextRef[] {
  const refs: TextRef[] = [];
  const seen = new Set<string>();
  const add = (entity: TextEntity, entityId: string, field: string, english: Maybe) => {
    if (!english || !english.trim() || isLanguageNeutral(english)) return;
    const key = `${entity}:${entityId}:${field}`;
    if (seen.has(key)) return;
    seen.add(key);
    refs.push({ entity, entityId, field, english, heroId: SHARED_ENTITIES.includes(entity) ? null : hero.id });
  };
  const id = hero.id;
  add('Hero', id, 'biography', hero.biographyEn);
  for (const field of TEXT_FIELDS.Hero) add('Hero', id, field, hero[field]);
  hero.featFacts.forEach((fact, index) => add('Hero', id, `featFacts.${index}`, fact));
  for (const place of [hero.birthPlace, hero.deathPlace, hero.burialPlace]) {
    if (!place) continue;
    for (const field of TEXT_FIELDS.Place) add('Place', place.id, field, place[field]);
  }
  for (const service of hero.services) {
    for (const field of TEXT_FIELDS.Service) add('Service', service.id, field, service[field]);
    for (let unit: UnitRow | null | undefined = service.unit; unit; unit = unit.parent)
      add('Unit', unit.id, 'name', unit.name);
  }
  for (const participation of hero.battles) {
    for (const field of TEXT_FIELDS.Battle) add('Battle', participation.battle.id, field, participation.battle[field]);
    for (const field of TEXT_FIELDS.BattleParticipation)
      add('BattleParticipation', participation.id, field, participation[field]);
  }
  for (const award of hero.awards) if (award.kind === 'OTHER') add('Award', award.id, 'name', award.name);
  for (const citation of hero.citations) {
    add('Citation', citation.id, 'supports', citation.supports);
    // A title is shown as the source gives it; its translation is shown beside it. A picture's
    // caption and credit are its contributor's words, with their language kept on the picture.
    if (citation.source.mediaId) continue;
    for (const field of TEXT_FIELDS.Source) add('Source', citation.source.id, field, citation.source[field]);
  }
  for (const conflict of hero.conflicts) {
    for (const field of TEXT_FIELDS.SourceConflict) add('SourceConflict', conflict.id, field, conflict[field]);
    conflict.values.forEach((value, index) => add('SourceConflict', conflict.id, `values.${index}`, value));
    conflict.sources.forEach((label, index) => {
      if (!isAddressOrSite(label)) add('SourceConflict', conflict.id, `sources.${index}`, label);
    });
  }
  for (const memorial of hero.memorials) add('Memorial', memorial.id, 'description', memorial.description);
  return refs;
}

export type CollectionTextsInput = {
  id: string;
  countSource: string;
  caveats: readonly string[];
  otherCounts: readonly { id: string; source: string }[];
};

/** The collection's texts: where its count comes from, its caveats, the other counts' sources. */
export function collectionTexts(collection: CollectionTextsInput): TextRef[] {
  return [
    {
      entity: 'Collection' as const,
      entityId: collection.id,
      field: 'countSource',
      english: collection.countSource,
      heroId: null,
    },
    ...collection.caveats.map((caveat, index) => ({
      entity: 'Collection' as const,
      entityId: collection.id,
      field: `caveats.${index}`,
      english: caveat,
      heroId: null,
    })),
    ...collection.otherCounts.map((claim) => ({
      entity: 'CountClaim' as const,
      entityId: claim.id,
      field: 'source',
      english: claim.source,
      heroId: null,
    })),
  ];
}

export type CandidateTextsInput = {
  id: string;
  surnameRu: string;
  initial: string | null;
  evidence: string;
  status: string;
};

/**
 * A name not yet identified: what is known (evidence), why it is not confirmed (the reason of its
 * status, in words for readers), the sheet's note on how the source printed the initial, and the
 * description of an entry that names no one. Its name itself is Cyrillic as the source gives it.
 */
export function candidateTexts(candidate: CandidateTextsInput): TextRef[] {
  const { initialNote, description } = readCandidateName(candidate);
  const fields: [string, string | null][] = [
    ['description', description],
    ['initialNote', initialNote],
    ['evidence', candidate.evidence],
    ['reason', readCandidateStatus(candidate.status).reason],
  ];
  return fields.flatMap(([field, english]) =>
    english && english.trim() && !isLanguageNeutral(english)
      ? [{ entity: 'Candidate' as const, entityId: candidate.id, field, english, heroId: null }]
      : [],
  );
}

/** What recordTexts reads from a Hero, for the seed, the translation pages and the tests. */
export const recordTextsSelect = {
  id: true,
  slug: true,
  rankAtFeat: true,
  role: true,
  nationality: true,
  featPlace: true,
  featDateText: true,
  featFacts: true,
  postwar: true,
  notes: true,
  membershipNote: true,
  identityNote: true,
  biographyEn: true,
  biographyRu: true,
  birthPlace: { select: { id: true, name: true, nameToday: true } },
  deathPlace: { select: { id: true, name: true, nameToday: true } },
  burialPlace: { select: { id: true, name: true, nameToday: true } },
  services: {
    select: {
      id: true,
      role: true,
      rank: true,
      note: true,
      unit: {
        select: {
          id: true,
          name: true,
          parent: {
            select: {
              id: true,
              name: true,
              parent: { select: { id: true, name: true, parent: { select: { id: true, name: true } } } },
            },
          },
        },
      },
    },
  },
  battles: {
    select: {
      id: true,
      dateText: true,
      place: true,
      note: true,
      battle: { select: { id: true, name: true, dateText: true, place: true } },
    },
  },
  awards: { select: { id: true, kind: true, name: true } },
  citations: {
    select: { id: true, supports: true, source: { select: { id: true, title: true, publisher: true, mediaId: true } } },
  },
  conflicts: { select: { id: true, field: true, values: true, sources: true, note: true } },
  memorials: { select: { id: true, description: true } },
} satisfies Prisma.HeroSelect;

/**
 * The Russian and Tajik values (and statuses) of these records' texts, through the given client:
 * the site's (lib/heroes/queries.ts) or a script's, which cannot load the server-only one.
 */
export async function readTranslations(
  client: Pick<Prisma.TransactionClient, 'translation'>,
  refs: readonly { entity: string; entityId: string }[],
): Promise<TranslationRow[]> {
  if (refs.length === 0) return [];
  const byEntity = new Map<string, Set<string>>();
  for (const ref of refs) byEntity.set(ref.entity, (byEntity.get(ref.entity) ?? new Set()).add(ref.entityId));
  return client.translation.findMany({
    where: { OR: [...byEntity].map(([entity, ids]) => ({ entity, entityId: { in: [...ids] } })) },
    select: { entity: true, entityId: true, field: true, locale: true, value: true, sourceText: true, status: true },
  });
}

/**
 * The message (under `translation`) naming a text's field, for the translate pages and the
 * history. The texts of sources came later and have their own group, `translation.sourceTexts`.
 */
export function textFieldMessageKey(entity: string, field: string): string {
  const name = `${entity}_${field.replace(/\.\d+$/, '')}`;
  return entity === 'Source' || name === 'SourceConflict_sources' ? `sourceTexts.fields.${name}` : `fields.${name}`;
}
