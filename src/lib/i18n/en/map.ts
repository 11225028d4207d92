import type { Messages } from '../vi.ts';

export const map = {
  label: 'Progress map; the figures are in the table below',
  legend: 'Progress (% of homes completed)',
  noData: 'No households on the list',
  loading: 'Loading the map…',
  failed: 'The map could not be loaded. The figures are in the table below.',
  noScript: 'The map needs JavaScript to show. The figures are in the table below.',
  title: 'Progress map',
  archipelagoHoangSa: 'Hoàng Sa archipelago',
  archipelagoTruongSa: 'Trường Sa archipelago',
  tableSummary: 'Show the figures as a table',
  noBoundary: 'No such boundary file',
  drawnBySuccession:
    'This unit no longer exists since 1 July 2025: the map draws the new communes that succeeded it, by the official reorganisation table.',
  extendsBeyond: (count) =>
    `${count} of the communes on the map lie partly outside this area (by the reorganisation table); the map draws them whole.`,
  touchHint: 'Use two fingers to move or zoom the map.',
  successorsCaption: (area) => `The communes that succeeded ${area}`,
} satisfies Messages['map'];
