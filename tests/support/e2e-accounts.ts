/**
 * The admins the browser tests start with, made by `npm run create-admin` before the server
 * starts, as on a real server: one per browser project (they run at once) and journey (an
 * account signs in once per 30 seconds: a second factor code is never accepted twice).
 */
export const e2eAdminPassword = 'mật khẩu quản trị thử nghiệm';
export const e2eProjects = ['desktop', 'phone'] as const;
export const e2eJourneys = ['workspace', 'fund', 'scope', 'accessibility', 'topups'] as const;
export const e2eAdminEmail = (project: string, journey: (typeof e2eJourneys)[number]) =>
  `admin.${journey}.${project}@e2e.test`;
