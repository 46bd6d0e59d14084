// A place's names through time: each with its language, what kind of name it is, its years and its source.
import { getTranslations } from 'next-intl/server';
import type { PlaceNameView } from '@/lib/places/queries';
import { SourceRef } from '../../../_components/places/place-label';
import { TableHead } from '../../../_components/table-head';

export async function PlaceNames({ names }: { names: PlaceNameView[] }) {
  const t = await getTranslations('placePage');
  const languageName = (code: string) => (t.has(`languages.${code}`) ? t(`languages.${code}` as never) : code);
  return (
    <>
      <h2 id="names">{t('names')}</h2>
      {names.length === 0 ? (
        <p className="muted">{t('noNames')}</p>
      ) : (
        <table className="hero-table names-table" data-testid="names">
          <TableHead columns={[t('nameValue'), t('nameLanguage'), t('nameKind'), t('nameYears'), t('nameSource')]} />
          <tbody>
            {names.map((name, index) => (
              <tr key={index} data-name-kind={name.kind}>
                <th scope="row" lang={name.language}>
                  {name.value}
                </th>
                <td data-label={t('nameLanguage')}>{languageName(name.language)}</td>
                <td data-label={t('nameKind')}>{t(`nameKinds.${name.kind}`)}</td>
                <td data-label={t('nameYears')}>
                  {name.validFrom || name.validTo ? (
                    `${name.validFrom ?? '…'}–${name.validTo ?? '…'}`
                  ) : (
                    <span className="muted">{t('yearsUnknown')}</span>
                  )}
                </td>
                <td data-label={t('nameSource')}>
                  {name.source ? <SourceRef source={name.source} /> : <span className="muted">{t('noSource')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
