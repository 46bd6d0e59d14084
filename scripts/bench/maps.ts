// npm run bench:maps: the start-up, drawing time and size of the server-drawn maps (lib/maps/),
// against the budgets of docs/maps.md. No database: the points are the fixtures the tests draw.
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { isAtlasLoaded, loadAtlas } from '../../lib/maps/atlas';
import { renderMap, warmMaps, type MapRequest } from '../../lib/maps/render';
import { ERDZHIGITOV, SHMELYOV, SPATAEV, TAJIK_DISTRICTS_MAP } from '../../tests/fixtures/map-points';

const HELP = `Usage: npm run bench:maps [-- --runs N]
Prints the start-up time and heap of the 50m and 10m borders, then for each sample map its
panels, size (raw, gzip, brotli) and drawing time (p50, p95 over N runs, default 200).
Exit status 1 when a figure is over its budget.`;
if (process.argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex > -1 ? Number(process.argv[runsIndex + 1]) : 200;

const BUDGET = { startMs: 3000, renderMs: 25, profileGz: 10 * 1024, collectionGz: 15 * 1024 };
let over = false;
const check = (ok: boolean) => {
  if (!ok) over = true;
  return ok ? 'ok' : 'OVER BUDGET';
};
const mb = () => Math.round(process.memoryUsage().heapUsed / 1e6);

const heapBefore = mb();
let start = performance.now();
warmMaps();
const startMs = performance.now() - start;
console.log(
  `start-up (50m borders + warm-up): ${startMs.toFixed(0)} ms, heap +${mb() - heapBefore} MB  [budget ${BUDGET.startMs} ms: ${check(startMs <= BUDGET.startMs)}]`,
);

const samples: { name: string; budget: number; request: MapRequest }[] = [
  {
    name: 'profile: Erdzhigitov (Bulok, Smerdynya, Lyuban)',
    budget: BUDGET.profileGz,
    request: { points: ERDZHIGITOV, labelledBy: 'c', locale: 'tg' },
  },
  {
    name: 'profile: Spataev (Koktobe, Sharnut)',
    budget: BUDGET.profileGz,
    request: { points: SPATAEV, labelledBy: 'c', locale: 'tg' },
  },
  {
    name: 'profile: Shmelyov (Luga, Leningrad, Karelia, Buston)',
    budget: BUDGET.profileGz,
    request: { points: SHMELYOV, labelledBy: 'c', locale: 'tg' },
  },
  {
    name: 'collection: Tajikistan by district (10m)',
    budget: BUDGET.collectionGz,
    request: TAJIK_DISTRICTS_MAP,
  },
];

for (const sample of samples) {
  const fine = sample.request.allowFine && !isAtlasLoaded('10m');
  if (fine) {
    const before = mb();
    start = performance.now();
    loadAtlas('10m');
    console.log(
      `start-up (10m borders, on first close-up): ${(performance.now() - start).toFixed(0)} ms, heap +${mb() - before} MB  [budget ${BUDGET.startMs} ms: ${check(performance.now() - start <= BUDGET.startMs)}]`,
    );
    for (let i = 0; i < 5; i++) renderMap(sample.request);
  }
  const times: number[] = [];
  let svg = '';
  let panels = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const map = renderMap(sample.request)!;
    times.push(performance.now() - t);
    svg = map.panels.map((panel) => panel.svg).join('');
    panels = map.panels.length;
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(runs * 0.5)]!;
  const p95 = times[Math.floor(runs * 0.95)]!;
  const gz = gzipSync(svg).length;
  console.log(
    `${sample.name}: ${panels} panel(s), ${(svg.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip, ${(brotliCompressSync(svg).length / 1024).toFixed(1)} KB brotli  [budget ${sample.budget / 1024} KB: ${check(gz <= sample.budget)}]; ` +
      `draw p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms  [budget ${BUDGET.renderMs} ms: ${check(p95 <= BUDGET.renderMs)}]`,
  );
}
process.exit(over ? 1 : 0);
