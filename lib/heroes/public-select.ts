// The public fields of a Hero and of the rows around him (places, units, services, battles, awards,
// sources, conflicts, memorials), as the profile (queries.ts) and the open-data export (lib/exports/export.ts)
// both select them: what the page shows and what the export writes are public by one definition. The
// list and the search select a Hero's line by one definition too (heroLineFields).
import type { Prisma } from '../generated/prisma/client';

export const placeFields = {
  id: true,
  name: true,
  nameToday: true,
  district: true,
  region: true,
  country: true,
  latitude: true,
  longitude: true,
} satisfies Prisma.PlaceSelect;

/** A Hero's life dates, each with its precision. */
export const lifeDateFields = {
  birthDate: true,
  birthDatePrecision: true,
  deathDate: true,
  deathDatePrecision: true,
} satisfies Prisma.HeroSelect;

/** What is known of a Hero's deed: his rank and role then, its date (or the words for it) and place. */
export const featFields = {
  rankAtFeat: true,
  role: true,
  featDate: true,
  featDatePrecision: true,
  featDateText: true,
  featPlace: true,
} satisfies Prisma.HeroSelect;

/** A Hero's ids in other archives (lib/exports/external-ids.ts). */
export const externalIdFields = {
  wikidataId: true,
  warheroesId: true,
  pamyatNarodaId: true,
  podvigNarodaId: true,
} satisfies Prisma.HeroSelect;

/** A Hero's own public fields besides his names (heroNameSelect) and the rows listed below. */
export const heroRecordFields = {
  fullNameTgOrigin: true,
  group: true,
  countedIn64: true,
  membershipNote: true,
  membershipConfidence: true,
  identityNote: true,
  nationality: true,
  ...lifeDateFields,
  killedInAction: true,
  birthPlace: { select: placeFields },
  deathPlace: { select: placeFields },
  burialPlace: { select: placeFields },
  ...featFields,
  featFacts: true,
  postwar: true,
  notes: true,
  biographyEn: true,
  biographyRu: true,
  confidence: true,
  ...externalIdFields,
  unconfirmedIds: true,
} satisfies Prisma.HeroSelect;

/**
 * What a Hero's line in the list and in the search results shows besides his names: his group and
 * membership, his life dates and where he was born.
 */
export const heroLineFields = {
  group: true,
  countedIn64: true,
  membershipConfidence: true,
  identityNote: true,
  ...lifeDateFields,
  birthPlace: { select: { id: true, name: true, nameToday: true } },
} satisfies Prisma.HeroSelect;

export const unitFields = { id: true, slug: true, name: true, level: true } satisfies Prisma.UnitSelect;

/** A unit and the three above it, nearest first. */
export const unitWithChain = {
  ...unitFields,
  parent: {
    select: { ...unitFields, parent: { select: { ...unitFields, parent: { select: unitFields } } } },
  },
} satisfies Prisma.UnitSelect;

export const nameFormFields = {
  value: true,
  script: true,
  isPrimary: true,
  language: true,
} satisfies Prisma.HeroNameSelect;

/** A Hero's service, without its unit (the profile and the export read the chain above it to different depths). */
export const serviceFields = {
  id: true,
  role: true,
  rank: true,
  fromDate: true,
  toDate: true,
  note: true,
} satisfies Prisma.ServiceSelect;

export const battleFields = {
  id: true,
  dateText: true,
  place: true,
  note: true,
  battle: { select: { id: true, slug: true, name: true, dateText: true, place: true } },
} satisfies Prisma.BattleParticipationSelect;

export const awardFields = {
  id: true,
  kind: true,
  name: true,
  decreeDate: true,
  decreePrecision: true,
  posthumous: true,
  goldStarNo: true,
  documentRef: true,
} satisfies Prisma.AwardSelect;

export const citationFields = {
  id: true,
  supports: true,
  source: {
    select: {
      id: true,
      url: true,
      title: true,
      publisher: true,
      year: true,
      archiveFond: true,
      archiveOpis: true,
      archiveDelo: true,
      mediaId: true,
    },
  },
} satisfies Prisma.CitationSelect;

export const conflictFields = {
  id: true,
  field: true,
  values: true,
  sources: true,
  note: true,
} satisfies Prisma.SourceConflictSelect;

export const memorialFields = { id: true, kind: true, description: true, place: true } satisfies Prisma.MemorialSelect;
