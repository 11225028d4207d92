import type { APIRoute } from 'astro';
import { formFields, textFields } from '../../../../lib/forms/read-form.ts';
import { localeFromSegment, localizedPath } from '../../../../lib/i18n/locales.ts';

/** The workspace's "open a commune" form lands here and goes on to the commune's page. */
export const GET: APIRoute = ({ params, url, redirect }) => {
  const locale = localeFromSegment(params.locale) ?? 'vi';
  const code = (textFields(formFields(url.searchParams)).code ?? '').trim();
  if (!/^\d{5}$/.test(code)) return new Response('A commune code has 5 digits.\n', { status: 400 });
  return redirect(localizedPath(locale, `/workspace/communes/${code}`), 303);
};
