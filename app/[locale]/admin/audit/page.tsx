import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth';
import { listAuditEvents } from '@/lib/audit-events';
import { pageMetadata } from '@/lib/i18n/metadata';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return pageMetadata((await params).locale, 'audit');
}

export default async function AuditPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
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
