// The interface text the site's own server answers with, outside Next (refusals, the no-script
// 404 text), in the reader's language.
import type { Locale } from '../lib/i18n/locale';
import en from '../messages/en.json' with { type: 'json' };
import ru from '../messages/ru.json' with { type: 'json' };
import tg from '../messages/tg.json' with { type: 'json' };

export const CATALOGUES: Record<Locale, typeof en> = { en, ru, tg };
