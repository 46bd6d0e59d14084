// The same Hero in the other archives (Wikidata, warheroes.ru, Pamyat Naroda, Podvig Naroda).
import { ExternalLinks as Links } from '../../../../_components/external-links';
import type { Profile } from './profile';

export function ExternalLinks({ profile: { hero } }: { profile: Profile }) {
  return <Links hero={hero} />;
}
