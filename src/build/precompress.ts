import { gzipAsync } from '@gfx/zopfli';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes `file.gz` beside each script and stylesheet in dist/assets/, compressed with Zopfli: gzip
 * that any browser reads, about 4 % smaller than a server's on-the-fly gzip. A host that serves
 * precompressed files (nginx `gzip_static on`, see the README) sends these; the others compress
 * as usual. Only the app's few files: Zopfli is slow, and a build writes hundreds of pages.
 */
export async function precompressAssets(dist: string): Promise<number> {
  const dir = join(dist, 'assets');
  const files = readdirSync(dir).filter((file) => /\.(js|css)$/.test(file));
  for (const file of files) {
    const gzipped = await gzipAsync(readFileSync(join(dir, file)), { numiterations: 15 });
    writeFileSync(join(dir, `${file}.gz`), gzipped);
  }
  return files.length;
}
