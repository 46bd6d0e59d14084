// Military and archival terms in the archive's three languages, one list used everywhere: the
// profile, the unit and battle pages, the forms, the filters and the seed's translations. A term
// is written here once; pages never spell a rank, a unit level, an award or a group themselves.
import type { UNIT_LEVELS } from '../heroes/schemas';
import type { Locale } from './locale';

export type Term = Record<Locale, string>;

/** Ranks as the sources give them at the time of the deed (Red Army ranks of 1941–1945). */
const RANKS: Record<string, Term> = {
  'Red Army man (private)': {
    en: 'Red Army man (private)',
    ru: 'красноармеец (рядовой)',
    tg: 'сарбози Артиши Сурх (қаторӣ)',
  },
  'guards Red Army man (private)': {
    en: 'guards Red Army man (private)',
    ru: 'гвардии красноармеец (рядовой)',
    tg: 'сарбози гвардиявии Артиши Сурх (қаторӣ)',
  },
  'junior sergeant': { en: 'junior sergeant', ru: 'младший сержант', tg: 'сержанти хурд' },
  sergeant: { en: 'sergeant', ru: 'сержант', tg: 'сержант' },
  'senior sergeant': { en: 'senior sergeant', ru: 'старший сержант', tg: 'сержанти калон' },
  'junior lieutenant': { en: 'junior lieutenant', ru: 'младший лейтенант', tg: 'лейтенанти хурд' },
  lieutenant: { en: 'lieutenant', ru: 'лейтенант', tg: 'лейтенант' },
  'senior lieutenant': { en: 'senior lieutenant', ru: 'старший лейтенант', tg: 'лейтенанти калон' },
  captain: { en: 'captain', ru: 'капитан', tg: 'капитан' },
  major: { en: 'major', ru: 'майор', tg: 'майор' },
};

/** Levels of a unit, from the company up to the front. */
const UNIT_LEVEL_TERMS: Record<(typeof UNIT_LEVELS)[number], Term> = {
  COMPANY: { en: 'company', ru: 'рота', tg: 'рота' },
  BATTALION: { en: 'battalion', ru: 'батальон', tg: 'батальон' },
  REGIMENT: { en: 'regiment', ru: 'полк', tg: 'полк' },
  BRIGADE: { en: 'brigade', ru: 'бригада', tg: 'бригада' },
  DIVISION: { en: 'division', ru: 'дивизия', tg: 'дивизия' },
  CORPS: { en: 'corps', ru: 'корпус', tg: 'корпус' },
  ARMY: { en: 'army', ru: 'армия', tg: 'артиш' },
  FRONT: { en: 'front', ru: 'фронт', tg: 'фронт' },
  PARTISAN: { en: 'partisan detachment', ru: 'партизанский отряд', tg: 'дастаи партизанӣ' },
};

/** Award kinds the archive stores, and the names of other orders and medals the sources give. */
const AWARD_TERMS: Record<string, Term> = {
  HERO_OF_THE_SOVIET_UNION: {
    en: 'Hero of the Soviet Union',
    ru: 'Герой Советского Союза',
    tg: 'Қаҳрамони Иттифоқи Шӯравӣ',
  },
  ORDER_OF_LENIN: { en: 'Order of Lenin', ru: 'Орден Ленина', tg: 'Ордени Ленин' },
  'Gold Star': { en: 'Gold Star medal', ru: 'Медаль «Золотая Звезда»', tg: 'Медали «Ситораи Тилло»' },
  'Order of the Red Banner': { en: 'Order of the Red Banner', ru: 'Орден Красного Знамени', tg: 'Ордени Байрақи Сурх' },
  'Order of the Red Star': { en: 'Order of the Red Star', ru: 'Орден Красной Звезды', tg: 'Ордени Ситораи Сурх' },
  'Order of the Patriotic War, 1st class': {
    en: 'Order of the Patriotic War, 1st class',
    ru: 'Орден Отечественной войны I степени',
    tg: 'Ордени Ҷанги Ватанӣ, дараҷаи I',
  },
  'Order of the Patriotic War, 2nd class': {
    en: 'Order of the Patriotic War, 2nd class',
    ru: 'Орден Отечественной войны II степени',
    tg: 'Ордени Ҷанги Ватанӣ, дараҷаи II',
  },
  'Order of Glory, 3rd class': {
    en: 'Order of Glory, 3rd class',
    ru: 'Орден Славы III степени',
    tg: 'Ордени Шуҳрат, дараҷаи III',
  },
  'Medal "For Courage"': { en: 'Medal "For Courage"', ru: 'Медаль «За отвагу»', tg: 'Медали «Барои шуҷоат»' },
  'Medal "For Battle Merit"': {
    en: 'Medal "For Battle Merit"',
    ru: 'Медаль «За боевые заслуги»',
    tg: 'Медали «Барои хизматҳои ҷангӣ»',
  },
};

/** The groups of the collection: as a group (filters, the about page) and for one person (his profile, a list row). */
export const GROUP_TERMS: Record<
  'TAJIK_SSR' | 'TAJIK_ELSEWHERE' | 'POSTWAR_TAJIKISTAN' | 'ADDED_2018' | 'OTHER',
  { many: Term; one: Term }
> = {
  TAJIK_SSR: {
    many: {
      en: 'Called up from the Tajik SSR',
      ru: 'Призванные из Таджикской ССР',
      tg: 'Аз РСС Тоҷикистон даъватшудагон',
    },
    one: {
      en: 'Called up from the Tajik SSR',
      ru: 'Призван из Таджикской ССР',
      tg: 'Аз РСС Тоҷикистон ба артиш даъват шудааст',
    },
  },
  TAJIK_ELSEWHERE: {
    many: {
      en: 'Tajiks by nationality who went to the front from other republics',
      ru: 'Таджики по национальности, ушедшие на фронт из других республик',
      tg: 'Тоҷикон аз рӯи миллат, ки аз ҷумҳуриҳои дигар ба фронт рафтанд',
    },
    one: {
      en: 'Tajik by nationality; went to the front from another republic',
      ru: 'Таджик по национальности; ушёл на фронт из другой республики',
      tg: 'Аз рӯи миллат тоҷик; аз ҷумҳурии дигар ба фронт рафтааст',
    },
  },
  POSTWAR_TAJIKISTAN: {
    many: {
      en: 'Lived in Tajikistan after the war',
      ru: 'Жившие в Таджикистане после войны',
      tg: 'Онҳое, ки пас аз ҷанг дар Тоҷикистон зиндагӣ кардаанд',
    },
    one: {
      en: 'Lived in Tajikistan after the war',
      ru: 'Жил в Таджикистане после войны',
      tg: 'Пас аз ҷанг дар Тоҷикистон зиндагӣ кардааст',
    },
  },
  ADDED_2018: {
    many: {
      en: 'Added to the count in 2018',
      ru: 'Добавленные к подсчёту в 2018 году',
      tg: 'Соли 2018 ба шумора дохилшудагон',
    },
    one: {
      en: 'Added to the count in 2018',
      ru: 'Добавлен к подсчёту в 2018 году',
      tg: 'Соли 2018 ба шумора дохил карда шудааст',
    },
  },
  // Records imported from other archives (Wikidata, CSV) until a source links them to Tajikistan.
  OTHER: {
    many: {
      en: 'Not linked to Tajikistan by the sources',
      ru: 'Не связанные источниками с Таджикистаном',
      tg: 'Онҳое, ки манбаъҳо бо Тоҷикистон пайванд намедиҳанд',
    },
    one: {
      en: 'Not linked to Tajikistan by the sources',
      ru: 'Источники не связывают с Таджикистаном',
      tg: 'Манбаъҳо ӯро бо Тоҷикистон пайванд намедиҳанд',
    },
  },
};

/**
 * Words of the record texts that are not ranks, units or awards but were mistranslated most often
 * (the review of 2026-12-05): each is written once here, and the guards in term-guards.ts hold every
 * seeded text to these forms. A full name is given with its abbreviation; running text may use the
 * abbreviation alone once the name has been given.
 */
export const CONCEPT_TERMS = {
  CSTO: {
    en: 'Collective Security Treaty Organization (CSTO)',
    ru: 'Организация Договора о коллективной безопасности (ОДКБ)',
    tg: 'Созмони Аҳдномаи амнияти дастаҷамъӣ (СААД)',
  },
  CSTO_SHORT: { en: 'CSTO', ru: 'ОДКБ', tg: 'СААД' },
  // РВГК is the reserve of the Supreme Commander-in-Chief; "Фармондеҳии Олӣ" would read "high command".
  SUPREME_COMMAND_RESERVE: {
    en: 'Supreme Command Reserve (RVGK)',
    ru: 'резерв Верховного Главнокомандования (РВГК)',
    tg: 'захираи Сарфармондеҳии Олӣ (РВГК)',
  },
  // A foothold on the far bank; "истеҳком" is a fortification.
  BRIDGEHEAD: { en: 'bridgehead', ru: 'плацдарм', tg: 'плацдарм' },
  // "роҳҳои наздик" reads as "the roads nearby".
  APPROACHES: { en: 'approaches (to a town)', ru: 'подступы', tg: 'атрофи / наздикиҳои' },
  GUN_CREW: { en: "a gun's crew", ru: 'расчёт', tg: 'ҳайати тӯп' },
  SQUAD: { en: 'squad', ru: 'отделение', tg: 'даста' },
  // Russian «отличился»; Tajik "фарқ кард" would mean "differed".
  DISTINGUISHED_HIMSELF: { en: 'distinguished himself', ru: 'отличился', tg: 'шуҷоат нишон дод' },
  KURSK_SALIENT: { en: 'Kursk salient', ru: 'Курская дуга', tg: 'камони Курск' },
  RED_ARMY_PRIVATE: { en: 'Red Army man (private)', ru: 'красноармеец', tg: 'сарбози Артиши Сурх' },
  RIFLE_REGIMENT: { en: 'rifle regiment', ru: 'стрелковый полк', tg: 'полки тирандозӣ' },
} as const satisfies Record<string, Term>;

export type ConceptKey = keyof typeof CONCEPT_TERMS;

export type GroupKey = keyof typeof GROUP_TERMS;
export type UnitLevelKey = keyof typeof UNIT_LEVEL_TERMS;

export function groupTerm(group: GroupKey, locale: Locale, form: 'one' | 'many' = 'one'): string {
  return GROUP_TERMS[group][form][locale];
}

export function unitLevelTerm(level: UnitLevelKey, locale: Locale): string {
  return UNIT_LEVEL_TERMS[level][locale];
}

export function awardTerm(kind: string, locale: Locale): string | null {
  return AWARD_TERMS[kind]?.[locale] ?? null;
}

/** Every term in every list, keyed by its English form: what the seed's translations consult first. */
export function glossaryByEnglish(): Map<string, Term> {
  const all = [...Object.values(RANKS), ...Object.values(UNIT_LEVEL_TERMS), ...Object.values(AWARD_TERMS)];
  return new Map(all.map((term) => [term.en, term]));
}
