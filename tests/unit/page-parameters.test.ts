import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownQueryParameters } from '../../src/lib/http/memory-answers.ts';
import { pageParameters, withOnlyPageParameters } from '../../src/lib/http/page-parameters.ts';
import { publicRoutes } from '../support/public-routes.ts';
import { readElsewhere, sourceFiles } from '../support/query-readers.ts';

/** The parameters a file reads by name, with those of the project modules it imports, transitively. */
function readsOf(file: string, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, name] of source.matchAll(/searchParams\.(?:get|has|getAll)\('([^']+)'\)/g)) names.add(name!);
  for (const [, list] of source.matchAll(/queryOf\(url, \[([^\]]*)\]\)/g))
    for (const [, name] of list!.matchAll(/'([^']+)'/g)) names.add(name!);
  for (const name of readElsewhere[file.split(path.sep).join('/')] ?? []) names.add(name);
  for (const [, imported] of source.matchAll(/from '(\.[^']+)'/g)) {
    const target = path.normalize(path.join(path.dirname(file), imported!));
    if (existsSync(target)) for (const name of readsOf(target, seen)) names.add(name);
  }
  return names;
}

const pageFiles = sourceFiles('src/pages')
  .map((file) => file.split(path.sep).join('/').slice('src/pages/'.length))
  .filter((file) => !file.includes('workspace/'));
const routeOf = (file: string) => `/${file.replace(/\.(astro|ts)$/, '').replace(/\/?index$/, '')}`;

describe("each public page's parameters", () => {
  it('are listed for every public route, holding every one the page and what it imports read', () => {
    expect(pageFiles.length).toBeGreaterThan(40);
    for (const file of pageFiles) {
      const listed = pageParameters[routeOf(file)];
      expect(listed, `${routeOf(file)} (src/pages/${file})`).toBeDefined();
      const read = [...readsOf(`src/pages/${file}`), ...(publicRoutes[file]?.query ?? [])];
      for (const name of read) expect(listed, `${name}, read by src/pages/${file}`).toContain(name);
    }
    for (const route of Object.keys(pageParameters))
      expect(pageFiles.map(routeOf), `${route} is no file under src/pages`).toContain(route);
  });

  it('are all on the portal’s list, so that none is taken off before the page is found', () => {
    for (const names of Object.values(pageParameters))
      for (const name of names) expect(knownQueryParameters).toContain(name);
  });
});

describe('an address with parameters its page does not read', () => {
  const url = (address: string) => new URL(address, 'http://localhost:4321');
  it('is the address without them, the others kept in order', () => {
    expect(withOnlyPageParameters('/[...locale]/commune/[code]', url('/commune/18229?page=7')).href).toBe(
      'http://localhost:4321/commune/18229',
    );
    expect(
      withOnlyPageParameters('/[...locale]/commune/[code]', url('/commune/18229?stage=started&lang=en&q=A')).search,
    ).toBe('?stage=started&q=A');
  });

  it('is the very same address when it has none, or its route is not listed', () => {
    const plain = url('/commune/18229?stage=started');
    expect(withOnlyPageParameters('/[...locale]/commune/[code]', plain)).toBe(plain);
    const workspace = url('/workspace/audit?page=2');
    expect(withOnlyPageParameters('/[...locale]/workspace/audit', workspace)).toBe(workspace);
  });
});
