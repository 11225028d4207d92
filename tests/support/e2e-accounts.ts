/**
 * The admins the browser tests start with, one per browser project (they run at once), made by
 * `npm run create-admin` before the server starts, as on a real server.
 */
export const e2eAdminPassword = 'mật khẩu quản trị thử nghiệm';
export const e2eProjects = ['desktop', 'phone'] as const;
export const e2eAdminEmail = (project: string) => `admin.${project}@e2e.test`;
