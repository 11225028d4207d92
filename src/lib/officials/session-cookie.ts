/**
 * The cookie that carries an official's session token. HttpOnly (no script reads it), SameSite
 * Lax (not sent by other sites' forms; Astro's origin check also refuses their POSTs) and Secure
 * whenever the portal is reached over HTTPS.
 */
export const sessionCookieName = 'chung_tay_session';

export function sessionCookieOptions(url: URL, maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    path: '/',
    maxAge: maxAgeSeconds,
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
