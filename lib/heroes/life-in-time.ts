// "A life in time": the dated events of one Hero's record in order, from birth to burial, each as
// precise as its sources, with the sources that mention it and any disagreement between them.
// Pure: it reads the profile record and builds the rows the page shows as an ordered list.
import { parsePartialDate, formatIsoPartial } from '../partial-date';
import type { HeroProfile } from './queries';

type TextRef = { entity: string; entityId: string; field: string };
type RefText = { text: string; ref: TextRef };
type LifeEventKind =
  'birth' | 'callUp' | 'service' | 'battle' | 'feat' | 'decree' | 'death' | 'burial' | 'memorial' | 'context';

/** A date as the sources give it: a partial ISO date for `<time datetime>`, and/or their words. */
export type LifeDate = { iso: string | null; text: string | null };

export type LifeEntry = {
  kind: LifeEventKind;
  from: LifeDate | null;
  /** The end of a period (a unit "from … to …", a battle over months). */
  to: LifeDate | null;
  /** What: the unit, the battle, the memorial (kept for translation); null when the kind says it all. */
  what: RefText | null;
  where: RefText | null;
  /** The feat and the decree: marked by a filled dot and by words. */
  key: boolean;
  /** Sources whose note mentions this event; empty means "see the record's sources". */
  sources: { title: string; url: string | null }[];
  /** Where the sources differ on this event. */
  disagreements: { field: RefText; values: RefText[] }[];
};

export type LifeInput = Pick<
  HeroProfile,
  | 'id'
  | 'birthDate'
  | 'birthDatePrecision'
  | 'birthPlace'
  | 'deathDate'
  | 'deathDatePrecision'
  | 'deathPlace'
  | 'burialPlace'
  | 'killedInAction'
  | 'featDate'
  | 'featDatePrecision'
  | 'featDateText'
  | 'featPlace'
  | 'services'
  | 'battles'
  | 'awards'
  | 'memorials'
  | 'citations'
  | 'conflicts'
>;

// Narrative order: where two events have no date to compare, this decides.
const RANK: Record<LifeEventKind, number> = {
  birth: 0,
  callUp: 1,
  service: 2,
  context: 3,
  battle: 3,
  feat: 4,
  death: 5,
  decree: 6,
  burial: 7,
  memorial: 8,
};

// Which citation notes speak of which event ("supports" is a free-text note of what a source backs).
const MENTIONS: Partial<Record<LifeEventKind, RegExp>> = {
  birth: /\b(birth|born)\b/i,
  death: /\b(death|died|killed|fell|last (fight|survivor))\b/i,
  burial: /\b(buri(al|ed)|grave|reburi\w*)\b/i,
  decree: /\b(decree|posthumous)/i,
  feat: /\b(feat|distinguished)\b/i,
  memorial: /\b(memorials?|monument|bust|obelisk|bas-relief|named after)\b/i,
};
const DISAGREES: Partial<Record<LifeEventKind, RegExp>> = {
  birth: /birth/i,
  death: /death|died/i,
  burial: /buri/i,
  decree: /decree|award/i,
  feat: /feat|deed/i,
  service: /unit/i,
  battle: /battle/i,
};

/** "1943-10-05", "1941-09/1941-12", "1941-1944", "July 1944", "autumn 1943": the parts a <time> can carry. */
export function lifeDates(text: string | null | undefined): { from: LifeDate; to: LifeDate | null } | null {
  const value = text?.trim();
  if (!value) return null;
  if (parsePartialDate(value)) return { from: { iso: value, text: null }, to: null };
  const range = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*[/–-]\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/.exec(value);
  if (range && parsePartialDate(range[1]) && parsePartialDate(range[2]))
    return { from: { iso: range[1]!, text: null }, to: { iso: range[2]!, text: null } };
  // Words the sources use ("autumn 1943"): shown as written, with only the year machine-readable.
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(value);
  return { from: { iso: year ? year[1]! : null, text: value }, to: null };
}

function fromDate(
  date: Date | null | undefined,
  precision: HeroProfile['birthDatePrecision'] | undefined,
): LifeDate | null {
  return date ? { iso: formatIsoPartial(date, precision ?? 'DAY'), text: null } : null;
}

/** The rows of a life in time, birth first and burial and memorials last. */
export function buildLifeInTime(hero: LifeInput): LifeEntry[] {
  const entries: Omit<LifeEntry, 'sources' | 'disagreements'>[] = [];
  const place = (row: { id: string; name: string } | null): RefText | null =>
    row ? { text: row.name, ref: { entity: 'Place', entityId: row.id, field: 'name' } } : null;
  const plain = { to: null, what: null, key: false };

  if (hero.birthDate || hero.birthPlace)
    entries.push({
      ...plain,
      kind: 'birth',
      from: fromDate(hero.birthDate, hero.birthDatePrecision),
      where: place(hero.birthPlace),
    });
  for (const service of hero.services) {
    entries.push({
      ...plain,
      kind: 'service',
      from: lifeDates(service.fromDate)?.from ?? null,
      to: lifeDates(service.toDate)?.from ?? null,
      what: { text: service.unit.name, ref: { entity: 'Unit', entityId: service.unit.id, field: 'name' } },
      where: null,
    });
  }
  for (const participation of hero.battles) {
    const when = lifeDates(participation.dateText);
    const what = {
      text: participation.battle.name,
      ref: { entity: 'Battle', entityId: participation.battle.id, field: 'name' },
    };
    entries.push({
      ...plain,
      kind: 'battle',
      from: when?.from ?? null,
      to: when?.to ?? null,
      what,
      where: participation.place
        ? {
            text: participation.place,
            ref: { entity: 'BattleParticipation', entityId: participation.id, field: 'place' },
          }
        : null,
    });
    // The operation's own dates are context, not a fact about him: shown muted, marked so.
    const operation = lifeDates(participation.battle.dateText);
    if (operation && participation.battle.dateText !== participation.dateText)
      entries.push({ ...plain, kind: 'context', from: operation.from, to: operation.to, what, where: null });
  }
  if (hero.featDate || hero.featDateText || hero.featPlace) {
    const text = hero.featDate ? null : lifeDates(hero.featDateText);
    entries.push({
      ...plain,
      kind: 'feat',
      key: true,
      from: fromDate(hero.featDate, hero.featDatePrecision) ?? text?.from ?? null,
      to: text?.to ?? null,
      where: hero.featPlace
        ? { text: hero.featPlace, ref: { entity: 'Hero', entityId: hero.id, field: 'featPlace' } }
        : null,
    });
  }
  if (hero.deathDate || hero.deathPlace || hero.killedInAction)
    entries.push({
      ...plain,
      kind: 'death',
      from: fromDate(hero.deathDate, hero.deathDatePrecision),
      where: place(hero.deathPlace),
    });
  for (const award of hero.awards.filter((a) => a.kind === 'HERO_OF_THE_SOVIET_UNION'))
    entries.push({
      ...plain,
      kind: 'decree',
      key: true,
      from: fromDate(award.decreeDate, award.decreePrecision),
      where: null,
    });
  if (hero.burialPlace) entries.push({ ...plain, kind: 'burial', from: null, where: place(hero.burialPlace) });
  for (const memorial of hero.memorials)
    entries.push({
      ...plain,
      kind: 'memorial',
      from: null,
      what: { text: memorial.description, ref: { entity: 'Memorial', entityId: memorial.id, field: 'description' } },
      where: memorial.place
        ? { text: memorial.place, ref: { entity: 'Memorial', entityId: memorial.id, field: 'place' } }
        : null,
    });

  return inLifeOrder(entries).map((entry) => ({
    ...entry,
    sources: sourcesOf(hero, entry),
    disagreements: disagreementsOf(hero, entry.kind),
  }));
}

/**
 * Narrative order first (birth … memorials); then the dated rows are put in date order among the
 * slots that dated rows hold, so an undated unit keeps its place in the story and a posthumous
 * decree comes after the death it followed.
 */
function inLifeOrder<T extends { kind: LifeEventKind; from: LifeDate | null }>(entries: T[]): T[] {
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => RANK[a.entry.kind] - RANK[b.entry.kind] || a.index - b.index)
    .map((x) => x.entry);
  const first = ordered[0]?.kind === 'birth' ? 1 : 0;
  const slots = ordered
    .map((entry, index) =>
      entry.from?.iso && index >= first && !['burial', 'memorial'].includes(entry.kind) ? index : -1,
    )
    .filter((index) => index >= 0);
  const dated = slots
    .map((index) => ordered[index]!)
    .sort((a, b) => (a.from!.iso! < b.from!.iso! ? -1 : a.from!.iso! > b.from!.iso! ? 1 : RANK[a.kind] - RANK[b.kind]));
  slots.forEach((slot, i) => (ordered[slot] = dated[i]!));
  return ordered;
}

function sourcesOf(hero: LifeInput, entry: Omit<LifeEntry, 'sources' | 'disagreements'>): LifeEntry['sources'] {
  const pattern = MENTIONS[entry.kind];
  // A unit or a battle is mentioned by its number ("1064th") or its first words.
  const named =
    entry.what && (entry.kind === 'service' || entry.kind === 'battle')
      ? (/\d+(st|nd|rd|th)\b/.exec(entry.what.text)?.[0] ?? entry.what.text.split(/[ (]/).slice(0, 3).join(' '))
      : null;
  // A note that calls its source uncertain, possible or only context backs no row.
  const matches = hero.citations
    .filter((citation) => !/\b(uncertain|possibly|context)\b/i.test(citation.supports))
    .filter(
      (citation) =>
        (pattern && pattern.test(citation.supports)) ||
        (named && citation.supports.toLowerCase().includes(named.toLowerCase())),
    );
  return matches
    .slice(0, 3)
    .map((citation) => ({
      title: citation.source.title ?? hostOf(citation.source.url) ?? citation.source.publisher ?? '',
      url: citation.source.url,
    }))
    .filter((source) => source.title !== '');
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function disagreementsOf(hero: LifeInput, kind: LifeEventKind): LifeEntry['disagreements'] {
  const pattern = DISAGREES[kind];
  if (!pattern) return [];
  return hero.conflicts
    .filter((conflict) => pattern.test(conflict.field))
    .map((conflict) => ({
      field: { text: conflict.field, ref: { entity: 'SourceConflict', entityId: conflict.id, field: 'field' } },
      values: conflict.values.map((value, index) => ({
        text: value,
        ref: { entity: 'SourceConflict', entityId: conflict.id, field: `values.${index}` },
      })),
    }));
}
