import { localeFromSegment, type Locale } from '../i18n/locales.ts';
import { canSomewhere, type Grant, type Permission } from './roles.ts';

/** The parts of a page's request and answer a workspace page starts from (Astro's, in pages). */
export interface WorkspaceRequest<Session extends { grants: readonly Grant[] }> {
  params: { locale?: string };
  request: { method: string };
  locals: { session?: Session };
  response: { status?: number };
}

export type WorkspacePage<Session> = {
  session: Session;
  /** Whether the official holds the page's permission somewhere (without it, the answer is 403). */
  allowed: boolean;
} & (
  | {
      /** Null for an address in no language of the portal (the answer is then 404). */
      locale: Locale | null;
      posted: false;
    }
  | {
      locale: Locale;
      /** A form was sent to a page the official may use, in a language of the portal. */
      posted: true;
    }
);

/**
 * How a workspace page that needs one permission begins: its language, the signed-in official
 * (the middleware lets no one in without a session) and whether they may use it, with the
 * answer's status set to 404 or 403 when it is not theirs to use.
 *
 * @example const { locale, session, allowed, posted } = openWorkspacePage(Astro, 'import_official_reports');
 */
export function openWorkspacePage<Session extends { grants: readonly Grant[] }>(
  page: WorkspaceRequest<Session>,
  permission: Permission,
): WorkspacePage<Session> {
  const session = page.locals.session;
  if (!session)
    throw new Error('A workspace page was reached without a session: src/middleware.ts should have refused it.');
  const locale = localeFromSegment(page.params.locale);
  const allowed = canSomewhere(session.grants, permission);
  if (!locale) page.response.status = 404;
  else if (!allowed) page.response.status = 403;
  if (locale && allowed && page.request.method === 'POST') return { locale, session, allowed, posted: true };
  return { locale, session, allowed, posted: false };
}
