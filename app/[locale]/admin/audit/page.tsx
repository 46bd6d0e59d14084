import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth';
import { listAuditEvents } from '@/lib/audit-events';
import { openPage, metadataOf, type LocaleProps } from '../../../_components/page-frame';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

export const generateMetadata = metadataOf('audit');

export default async function AuditPage({ params }: LocaleProps) {
  const locale = await openPage(params);
  const actor = await requirePageActor(locale, 'read:audit:any');
  const events = await listAuditEvents(actor);
  const t = await getTranslations('account');
  return (
    <article>
      <h1>{t('audit')}</h1>
      <table className="hero-table" data-testid="audit">
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{event.createdAt.toISOString().slice(0, 16).replace('T', ' ')}</td>
              <td>{event.actor?.email ?? '—'}</td>
              <td>{event.action}</td>
              <td>
                {event.targetType} {event.targetId}
              </td>
              <td>
                <code>{JSON.stringify(event.details)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
