import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { endSession } from '../../../lib/officials/session-store.ts';
import { localeFromSegment, localizedPath } from '../../../lib/i18n/locales.ts';
import { sessionCookie } from '../../../lib/officials/session-cookie.ts';

/** Ends the session in the database (not only in this browser) and clears the cookie. */
export const POST: APIRoute = async ({ params, cookies, redirect, url }) => {
  const locale = localeFromSegment(params.locale) ?? 'vi';
  const cookie = sessionCookie(url);
  const token = cookies.get(cookie.name)?.value;
  if (token) await endSession(await getDatabase(), token);
  cookies.delete(cookie.name, cookie.options);
  return redirect(localizedPath(locale, '/workspace/sign-in'), 303);
};
