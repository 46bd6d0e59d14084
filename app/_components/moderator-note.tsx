// What a moderator wrote back to the person who sent something: beside it in their lists, and as a
// warning at the top of the page where they amend it.
import { getTranslations } from 'next-intl/server';

export async function ModeratorNote({ note, warning }: { note: string | null; warning?: boolean }) {
  if (!note) return null;
  const t = await getTranslations('account');
  const text = `${t('moderatorNote')}: ${note}`;
  return warning ? (
    <p className="warning" data-testid="moderator-note">
      {text}
    </p>
  ) : (
    <div>{text}</div>
  );
}
