// The error pages' weight against HAProxy's one buffer (16 KB). Cheap: builds them in memory.
// Part of `npm run bench`; alone: `npx tsx src/build/bench/error-page-sizes.ts`.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { HEADER_ROOM, ONE_BUFFER, sizeLimit } from '@/build/error-pages/raw-response';
import { readErrorPageTexts } from '@/build/error-pages/texts';
import { errorPageFiles } from '@/build/error-pages/write-error-pages';
import { siteUrlFromEnv } from '@/build/site-config';

export function errorPageSizes(): string[] {
  const pages = errorPageFiles({ texts: readErrorPageTexts(), siteUrl: siteUrlFromEnv() }).filter((file) => file.page);
  const lines = [
    `## Error pages (dist/error-pages/, limit ${ONE_BUFFER} bytes: a raw response whole, a page with ${HEADER_ROOM} bytes left for its server's headers)`,
    '',
    '| file | bytes | gzip | limit | left |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const { path, content } of pages) {
    const bytes = Buffer.byteLength(content, 'utf8');
    const limit = sizeLimit(path);
    const left = limit - bytes;
    lines.push(`| ${path} | ${bytes} | ${gzipSync(content).length} | ${limit} | ${left >= 0 ? `${left} (within)` : `${-left} OVER`} |`);
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(errorPageSizes().join('\n'));
