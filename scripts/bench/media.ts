// npm run bench:media: time and peak memory to turn a 20-megapixel JPEG scan and a 40-megapixel
// TIFF into every derivative and their deep-zoom tiles (processed as award documents), and to write
// them to a media folder, on 2 cores. Each case runs in its own process, so one case's peak memory
// is not the other's, and the making of the test images counts in neither.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: npm run bench:media\nMakes a 20 MP JPEG scan and a 40 MP TIFF, processes each into all derivatives and deep-zoom tiles on 2 cores and stores them in a temporary folder, prints time and peak memory.',
  );
  process.exit(0);
}

/** A page-like test image: noise (which compresses like a real scan) over lines of "writing". */
async function makeScan(width: number, height: number, file: string, format: 'jpeg' | 'tiff') {
  const noise = sharp({
    create: { width, height, channels: 3, background: '#e8dcc0', noise: { type: 'gaussian', mean: 200, sigma: 12 } },
  });
  const image = noise.blur(1.5);
  await (format === 'jpeg' ? image.jpeg({ quality: 85 }) : image.tiff({ compression: 'jpeg', quality: 90 })).toFile(
    file,
  );
}

async function runOne(file: string) {
  sharp.concurrency(2);
  const { processImage } = await import('../../lib/media/pipeline');
  const { LocalStorage } = await import('../../lib/media/storage');
  const { storeDeepZoomTiles } = await import('../../lib/media/tiles');
  const bytes = readFileSync(file);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'zvezda-bench-store-'));
  const store = new LocalStorage(folder);
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const poll = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = process.hrtime.bigint();
  const result = await processImage(bytes, { kind: 'AWARD_DOCUMENT' });
  const processed = process.hrtime.bigint();
  const tiles = result.deepZoom!;
  await storeDeepZoomTiles(tiles, async (key, body, type) => (await store.put(key, body, type), key));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const storeMs = Number(process.hrtime.bigint() - processed) / 1e6;
  clearInterval(poll);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  rmSync(folder, { recursive: true, force: true });
  const tileBytes = tiles.files.reduce((sum, f) => sum + f.body.length, 0);
  console.log(
    JSON.stringify({
      ms,
      storeMs,
      peakMb: peak / 1024 / 1024,
      baselineMb: baseline / 1024 / 1024,
      inputMb: bytes.length / 1024 / 1024,
      derivatives: result.derivatives.length,
      tiles: tiles.files.length - 2,
      tileMb: tileBytes / 1024 / 1024,
      width: result.width,
      height: result.height,
    }),
  );
}

async function main() {
  const run = process.argv.indexOf('--run');
  if (run !== -1) return runOne(process.argv[run + 1]!);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-bench-media-'));
  try {
    const cases = [
      {
        name: '20 MP JPEG scan (5472×3648)',
        file: path.join(dir, 'scan-20mp.jpg'),
        width: 5472,
        height: 3648,
        format: 'jpeg' as const,
      },
      {
        name: '40 MP TIFF (7746×5164, JPEG-compressed RGB)',
        file: path.join(dir, 'scan-40mp.tif'),
        width: 7746,
        height: 5164,
        format: 'tiff' as const,
      },
    ];
    console.log(
      `sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, concurrency 2, ${os.cpus().length} CPUs here\n`,
    );
    console.log(
      '| input | file size | time (of which storing tiles) | tiles | peak RSS (process) |\n| --- | ---: | ---: | ---: | ---: |',
    );
    for (const c of cases) {
      await makeScan(c.width, c.height, c.file, c.format);
      const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--run', c.file], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`${c.name} failed:\n${child.stderr}`);
      const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
        ms: number;
        storeMs: number;
        peakMb: number;
        inputMb: number;
        tiles: number;
        tileMb: number;
      };
      console.log(
        `| ${c.name} | ${r.inputMb.toFixed(1)} MB | ${(r.ms / 1000).toFixed(2)} s (${(r.storeMs / 1000).toFixed(2)} s) | ${r.tiles} (${r.tileMb.toFixed(1)} MB) | ${Math.round(r.peakMb)} MB |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
