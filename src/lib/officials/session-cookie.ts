import { publicOrigin } from '../config/public-url.ts';

/**
 * The cookie that carries an official's session token. HttpOnly (no script reads it), SameSite
 * Lax (not sent by other sites' forms; src/middleware.ts also refuses their POSTs) and, where the
 * public address is HTTPS, Secure under the `__Host-` prefix: browsers then keep it only from a
 * secure page of this very host, so neither a subdomain nor a plain-HTTP page can set or shadow it.
 * The public address decides, not the request: behind a proxy that terminates TLS the server
 * itself is reached over plain HTTP.
 */
export function sessionCookie(requestUrl: URL) {
  const secure = publicOrigin(requestUrl)?.startsWith('https:') === true;
  return {
    name: secure ? '__Host-chung_tay_session' : 'chung_tay_session',
    options: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
  } as const;
}

const workspacePath = /^\/(en\/)?workspace(\/|$)/;
const signInPaths = /^\/(en\/)?workspace\/(sign-in|second-factor)\/?$/;

/** Pages for officials only: never cached, and only for a signed-in session. */
export function isWorkspacePath(pathname: string): boolean {
  return workspacePath.test(pathname);
}

/** The workspace pages open before the second factor is done. */
export function isSignInPath(pathname: string): boolean {
  return signInPaths.test(pathname);
}
