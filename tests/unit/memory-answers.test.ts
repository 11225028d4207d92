import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  knownQueryParameters,
  publicAnswerKey,
  sharingQueryParameters,
  withoutSharingParameters,
} from '../../src/lib/http/memory-answers.ts';
import { publicRoutes } from '../support/public-routes.ts';

const origin = 'http://localhost:4321';
const key = (address: string) => publicAnswerKey(origin, new URL(address, origin));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.(ts|astro|svelte)$/.test(name) ? [file] : [];
  });
}

describe('the key of a public answer kept in memory', () => {
  it('is the address, query and all, when every parameter is one a page reads', () => {
    expect(key('/commune/00004')).toBe(`${origin}/commune/00004`);
    expect(key('/embed/map?lang=en')).toBe(`${origin}/embed/map?lang=en`);
    expect(key('/ledger?area=commune:00004&page=2')).toBe(`${origin}/ledger?area=commune:00004&page=2`);
  });

  it('is none for an address with a parameter no page reads: random parameters create no entries', () => {
    expect(key('/commune/00004?x=1')).toBeUndefined();
    expect(key('/commune/00004?lang=en&cachebuster=8f3a')).toBeUndefined();
  });

  it('names every parameter a page or API reads (by name, or as tests/support/public-routes.ts lists them), so that none of their answers is mixed up', () => {
    const read = new Set<string>();
    for (const file of sourceFiles('src/pages')) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/searchParams\.(?:get|has|getAll)\('([^']+)'\)/g))
        read.add(name!);
    }
    expect(read.size).toBeGreaterThan(5);
    for (const route of Object.values(publicRoutes)) for (const name of route.query ?? []) read.add(name);
    for (const name of read) expect(knownQueryParameters, name).toContain(name);
  });
});

describe('sharing parameters (fbclid, utm_*)', () => {
  it('are taken off the address, and the rest kept in order', () => {
    expect(withoutSharingParameters('/commune/00004?fbclid=IwAR0abc')).toBe('/commune/00004');
    expect(withoutSharingParameters('/embed/map?utm_source=zalo&lang=en&utm_medium=social')).toBe('/embed/map?lang=en');
    expect(withoutSharingParameters('/search?q=Ba%20V%C3%AC')).toBe('/search?q=Ba%20V%C3%AC');
    expect(withoutSharingParameters('/')).toBe('/');
  });

  it('are read by no page', () => {
    const text = sourceFiles('src')
      .filter((file) => !file.endsWith('memory-answers.ts'))
      .map((file) => readFileSync(file, 'utf8'));
    for (const name of sharingQueryParameters)
      expect(
        text.some((source) => source.includes(`'${name}'`)),
        name,
      ).toBe(false);
  });
});
