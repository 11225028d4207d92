import type { Messages } from '../vi.ts';

export const map = {
  label: 'Progress map; the figures are in the table below',
  legend: 'Progress (% of homes completed)',
  noData: 'No households on the list',
  loading: 'Loading the map…',
  failed: 'The map could not be loaded. The figures are in the table below.',
  title: 'Progress map',
  archipelagoHoangSa: 'Hoàng Sa archipelago',
  archipelagoTruongSa: 'Trường Sa archipelago',
  tableSummary: 'Show the figures as a table',
  noBoundary: 'No such boundary file',
} satisfies Messages['map'];
