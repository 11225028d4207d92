import http from 'node:http';
import { chromium } from '@playwright/test';

export interface Transfer {
  total: number;
  files: { path: string; bytes: number }[];
}

/**
 * What a browser downloads to show a page: Chromium loads it and lists every request it made
 * (requests off the portal, such as map tiles, are blocked); each is then fetched again to count
 * its body as sent gzipped.
 */
export async function measureTransfer(origin: string, path: string): Promise<Transfer> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
    );
    const requests: import('@playwright/test').Request[] = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    const files = await Promise.all(
      requests.map(async (request) => ({
        path: request.url().slice(origin.length),
        bytes: (await compressedSize(request.url())).bytes,
      })),
    );
    return { total: files.reduce((sum, file) => sum + file.bytes, 0), files };
  } finally {
    await browser.close();
  }
}

/** The bytes sent for one URL to a client that accepts gzip, and how they were encoded. */
export function compressedSize(url: string): Promise<{ bytes: number; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/** The gzipped sizes of these URLs' answers, in their order, fetched `connections` at a time. */
export async function compressedSizes(urls: string[], connections: number): Promise<number[]> {
  const sizes: number[] = [];
  let next = 0;
  const fetchNext = async () => {
    for (let index = next++; index < urls.length; index = next++) {
      const size = await compressedSize(urls[index]!);
      if (size.encoding !== 'gzip') throw new Error(`${urls[index]} was sent without gzip`);
      sizes[index] = size.bytes;
    }
  };
  await Promise.all(Array.from({ length: connections }, fetchNext));
  return sizes;
}
