'use client';
// Shown when even the layout fails, so no translations are loaded and the reader's language is
// not known for sure: the message is given in every language the site speaks.
import './globals.css';

const TEXT = [
  {
    lang: 'tg',
    title: 'Хатое рух дод',
    body: 'Бойгонӣ ин саҳифаро нишон дода натавонист. Ҳеҷ чизе, ки шумо фиристодед, гум нашудааст. Лутфан каме баъд боз кӯшиш кунед.',
    retry: 'Боз кӯшиш кардан',
    home: 'Ба саҳифаи асосӣ',
  },
  {
    lang: 'ru',
    title: 'Что-то пошло не так',
    body: 'Архив не смог показать эту страницу. Ничего из отправленного вами не потеряно. Попробуйте ещё раз чуть позже.',
    retry: 'Попробовать ещё раз',
    home: 'На главную',
  },
  {
    lang: 'en',
    title: 'Something went wrong',
    body: 'The archive could not show this page. Nothing you sent was lost. Please try again in a moment.',
    retry: 'Try again',
    home: 'Home',
  },
] as const;

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ru">
      <body>
        <main className="prose" role="alert">
          {TEXT.map((t) => (
            <section key={t.lang} lang={t.lang}>
              <h1>{t.title}</h1>
              <p>{t.body}</p>
              <p>
                <button type="button" onClick={reset}>
                  {t.retry}
                </button>{' '}
                · <a href={`/${t.lang}`}>{t.home}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
