import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every page lives under `[...locale]`, and Astro lets a shorter public route win over a longer
 * workspace one: `[...locale]/complaint/[reference]` would answer `/workspace/complaint/PA…`
 * with locale "workspace" (a 404). This keeps workspace paths out of reach of public routes.
 */
const pagesRoot = path.resolve('src/pages/[...locale]');

function routes(folder: string, prefix: string[] = []): string[][] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routes(path.join(folder, entry.name), [...prefix, entry.name]);
    const name = entry.name.replace(/\.(astro|ts)$/, '');
    return [name === 'index' ? prefix : [...prefix, name]];
  });
}

/** Whether a public route's segments could match these concrete-or-dynamic workspace segments. */
function couldMatch(publicRoute: string[], workspacePath: string[]): boolean {
  if (publicRoute.length !== workspacePath.length) return false;
  return publicRoute.every((segment, i) => segment.startsWith('[') || segment === workspacePath[i]);
}

describe('page routes', () => {
  it('leave no workspace page reachable by a public route', () => {
    const all = routes(pagesRoot);
    const workspace = all.filter((route) => route[0] === 'workspace');
    const publicRoutes = all.filter((route) => route[0] !== 'workspace');
    expect(workspace.length).toBeGreaterThan(5);
    const shadowed = workspace.flatMap((route) =>
      publicRoutes
        // The locale rest parameter may swallow "workspace" and any segments after it.
        .filter(
          (candidate) => candidate.length > 0 && route.some((_, k) => k > 0 && couldMatch(candidate, route.slice(k))),
        )
        .map((candidate) => `/${candidate.join('/')} shadows /${route.join('/')}`),
    );
    expect(shadowed).toEqual([]);
  });
});
