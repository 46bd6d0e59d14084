// The real Heroes of the seed (prisma/seed, from the fact sheet) that tests rely on, by name, so a
// test says whom it reads and a renamed slug breaks here, in one place. Each is a real person:
// what a test asserts about him is what the sources say.
import type { PrismaClient } from '../../lib/prisma-client';

export const HEROES = {
  /** The first record: a full profile with a deed, battles and sources; no birth date known. */
  nedoshivin: 'veniamin-nedoshivin',
  /** Born in the Leninabad region; served in the 281st Rifle Division; decree of 1944. */
  erdzhigitov: 'tuychi-erdzhigitov',
  /** Known as "A. Khakimov": found by "Hakimov A." through its initial. */
  khakimov: 'a-khakimov',
  /** A namesake told apart by his initial ("Rakhimov A."). */
  rakhimov: 'a-rakhimov',
  /** "T. Mirzoev": the only decree of 1943. */
  mirzoev: 'tukhtasin-mirzoev',
  /** The one Hero added to the count in 2018; fought at Stalingrad. */
  spataev: 'karsybay-spataev',
  /** Fought at Stalingrad. */
  azizov: 'domullo-azizov',
  /** From Baljuvon. */
  amirshoev: 'safar-amirshoev',
  /** From Baljuvon. */
  turdiev: 'saidkul-turdiev',
  /** From the Sughd region. */
  kinzhaev: 'khodi-kinzhaev',
  /** A Tajik name form given by a source. */
  karabaev: 'negmat-karabaev',
  /** The record the decision-version tests amend and approve. */
  khabiev: 'v-khabiev',
  saidbekov: 'amirali-saidbekov',
  shmelyov: 'boris-shmelyov',
  nazarov: 't-nazarov',
  rakhmatov: 'rakhimboy-rakhmatov',
  sharifov: 'ismat-sharifov',
  davlyatov: 'bakir-davlyatov',
  filippov: 'g-filippov',
  seitveliev: 'seitnafe-seitveliev',
} as const;

/**
 * The Heroes other test files read or write about, from the days when every file shared one
 * database. The picture and memory tests each take a published Hero outside them, by slug order,
 * so what they add is on a page no other test reads.
 */
const READ_BY_OTHER_TESTS = [
  'tuychi-erdzhigitov',
  'veniamin-nedoshivin',
  'domullo-azizov',
  'a-rakhimov',
  'ismat-sharifov',
  'safar-amirshoev',
  'negmat-karabaev',
  'khodi-kinzhaev',
  'amirali-saidbekov',
  'g-filippov',
  'zafar-urginov',
  'p-khanzhin',
];

/**
 * A published Hero, for a test that needs one whoever he is: the first in `order` of slugs
 * (ascending unless told) after `skip` others, leaving out the slugs in `except`.
 */
export function publishedHero(
  prisma: PrismaClient,
  { order = 'asc', skip = 0, except = [] }: { order?: 'asc' | 'desc'; skip?: number; except?: readonly string[] } = {},
) {
  return prisma.hero.findFirstOrThrow({
    where: { slug: except.length > 0 ? { notIn: [...except] } : undefined, published: true },
    orderBy: { slug: order },
    skip,
    select: { id: true, slug: true },
  });
}

/** A published Hero none of READ_BY_OTHER_TESTS: the first in `order` of slugs after `skip` others. */
export function heroNoOtherTestReads(prisma: PrismaClient, order: 'asc' | 'desc', skip = 0) {
  return publishedHero(prisma, { order, skip, except: READ_BY_OTHER_TESTS });
}

/**
 * The point of Spataev's birthplace (HEROES.spataev) as a contributor proposes it on the place
 * form: approximate, cited to the history of the sovkhoz named after him.
 */
export const SPATAEV_BIRTHPLACE_POINT = {
  placeRole: 'birthPlace',
  latitude: '42.9',
  longitude: '70.1',
  precision: 'APPROXIMATE',
  geonamesId: '',
  sourceUrl: 'https://example.org/spataevo-sovkhoz-history',
  sourceTitle: 'History of the Spataev sovkhoz',
  archiveRef: '',
  note: 'The sovkhoz history gives the aul beside the sovkhoz centre; the point is that centre.',
};
