// Requests outside any locale (the proxy sends every page path to /en or /ru first).
export default function RootNotFound() {
  return (
    <html lang="en">
      <body>
        <h1>Not found</h1>
        <p>
          <a href="/en/heroes">Heroes</a> · <a href="/ru/heroes">Герои</a>
        </p>
      </body>
    </html>
  );
}
