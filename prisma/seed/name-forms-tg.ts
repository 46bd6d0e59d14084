// Tajik forms of Heroes' names that no source gives, written by the archive so that a Tajik page
// spells a man's name one way from its heading to its last paragraph (the Tajik biography uses
// these forms). Each is shown as a transliteration, and a family can propose its own spelling.
// Where a source gives a Tajik form (the fact sheet's "(Tajik)" spellings) that form is used, and
// where the Tajik texts keep the Russian form (Russian, Ukrainian and Tatar names, and Tajik names
// the texts leave as the sources print them) there is nothing to write here.
export const TAJIK_TRANSLITERATIONS: Record<string, string> = {
  'fatkhullo-akhmedov': 'Фатхулло Аҳмедов',
  'tukhtasin-mirzoev': 'Тӯхтасин Мирзоев',
  'a-rakhimov': 'А. Раҳимов',
  'rakhimboy-rakhmatov': 'Раҳимбой Раҳматов',
  'karsybay-spataev': 'Қарсибой Спатаев',
  'a-khakimov': 'А. Ҳакимов',
  'ismoil-khamzaaliev': 'Исмоил Ҳамзаалиев',
  'tuychi-erdzhigitov': 'Тӯйчӣ Эрҷигитов',
};
