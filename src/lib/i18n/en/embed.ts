import type { Messages } from '../vi.ts';

export const embed = {
  summary: 'Embed this map in a news page',
  label: 'Embed code (paste into your HTML page)',
  copy: 'Copy embed code',
  copied: 'Copied.',
  nationalTitle: 'Progress in replacing temporary and dilapidated houses nationwide',
  areaTitle: (area) => `Progress in replacing temporary and dilapidated houses: ${area}`,
  problem: {
    url: 'The url parameter must be a full address.',
    noMap: 'This address has no map to embed.',
  },
} satisfies Messages['embed'];
