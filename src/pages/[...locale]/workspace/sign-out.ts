import type { APIRoute } from 'astro';
import { getDatabase } from '../../../../db/connection.ts';
import { endSession } from '../../../lib/officials/session-store.ts';
import { localeFromSegment, localizedPath } from '../../../lib/i18n/locales.ts';
import { sessionCookieName } from '../../../lib/officials/session-cookie.ts';

/** Ends the session in the database (not only in this browser) and clears the cookie. */
export const POST: APIRoute = async ({ params, cookies, redirect }) => {
  const locale = localeFromSegment(params.locale) ?? 'vi';
  const token = cookies.get(sessionCookieName)?.value;
  if (token) await endSession(await getDatabase(), token);
  cookies.delete(sessionCookieName, { path: '/' });
  return redirect(localizedPath(locale, '/workspace/sign-in'), 303);
};
