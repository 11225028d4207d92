import type { APIRoute } from 'astro';
import { householdTemplate } from '../../../lib/households/household-sheet-file.ts';
import { catalogues } from '../../../lib/i18n/messages.ts';

/** The household list template, with Vietnamese headers and a guide to each column. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await householdTemplate(catalogues)), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment; filename="mau-danh-sach-ho.xlsx"',
    },
  });
