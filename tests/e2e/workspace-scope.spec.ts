import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import writeExcelFile from 'write-excel-file/node';
import { e2eAdminEmail, e2eAdminPassword } from '../support/e2e-accounts.ts';
import { createAccount, expectAccessible, officialPassword, signIn } from '../support/workspace-session.ts';

/**
 * Every workspace route, for every kind of official, on a record inside and outside their area:
 * allowed, or refused (403, or 404 where the record is only ever the uploader's). The table below
 * has a row for each route file under src/pages/[...locale]/workspace, read from the folder: a new
 * route without its row, or with no case that some role is refused, fails this test. No route
 * outside that folder serves officials' data (evidence photos are served only under it).
 */

const roles = ['admin', 'provinceOfficer', 'treasurer', 'communeOfficer', 'outsider'] as const;
type Role = (typeof roles)[number];
const everyone = roles;

/**
 * Where a target is: in the commune officer's commune (in Thái Nguyên, 19, the province officer's
 * and treasurer's province), in another commune of Thái Nguyên, or in a commune of Bắc Ninh (24).
 * The other browser tests change homes in Hà Tĩnh (42) only.
 */
const places = ['commune', 'province', 'elsewhere'] as const;
type Place = (typeof places)[number];

/** Who may read records (homes, their photos, pledges) in each place: every role whose grant covers it. */
const readers: Record<Place, readonly Role[]> = {
  commune: ['admin', 'provinceOfficer', 'treasurer', 'communeOfficer'],
  province: ['admin', 'provinceOfficer', 'treasurer'],
  elsewhere: ['admin'],
};
/** Who may change homes and answer complaints there: commune and province officers. */
const officers: Record<Place, readonly Role[]> = {
  commune: ['provinceOfficer', 'communeOfficer'],
  province: ['provinceOfficer'],
  elsewhere: [],
};
/** Who may record deliveries there: officers and the treasurer. */
const deliverers: Record<Place, readonly Role[]> = {
  commune: ['provinceOfficer', 'treasurer', 'communeOfficer'],
  province: ['provinceOfficer', 'treasurer'],
  elsewhere: [],
};
/** Who keeps the funds there: the treasurer of Thái Nguyên. */
const treasurers: Record<Place, readonly Role[]> = { commune: ['treasurer'], province: ['treasurer'], elsewhere: [] };

interface Home {
  code: string;
  village: string;
  category: string;
  supportType: string;
  supportProgramme: string;
  supportAmount: string;
}

/** The records the cases ask for, made or found before the table runs. */
interface Targets {
  communes: Record<Place, string>;
  homes: Record<Place, Home>;
  photos: Record<Place, string>;
  complaints: Record<Place, string>;
  moneyPledges: Record<Place, string>;
  cementPledges: Record<Place, string>;
  /** A bank credit no one has matched yet, a new one at each call. */
  unmatchedRow: () => string;
  /** The commune officer's upload of a household list. */
  importId: string;
  /** Another official's account. */
  officialId: string;
  /** A campaign with homes in Thái Nguyên, and one without, each with a donor's achievement report. */
  recognition: Record<'province' | 'elsewhere', { campaign: string; report: string }>;
}

interface Call {
  method?: 'GET' | 'POST';
  path: string;
  form?: Record<string, string>;
}

interface Case {
  name: string;
  call: (targets: Targets) => Call;
  /** The roles answered `allowedStatus` (200 unless said); every other role gets `refusedStatus`. */
  allowed: readonly Role[];
  allowedStatus?: number;
  refusedStatus?: 403 | 404;
  /** For a list: text that the allowed roles find in it, and no other role. */
  lists?: (targets: Targets) => string;
}

interface Route {
  /** Why the route checks no unit, for one that reads or changes nothing of a unit. */
  unscoped?: string;
  cases: Case[];
}

/** One case per place, each allowed to the roles given for its place. */
function inEachPlace(
  name: string,
  call: (targets: Targets, place: Place) => Call,
  allowed: Record<Place, readonly Role[]>,
  statuses: Pick<Case, 'allowedStatus' | 'refusedStatus'> = {},
): Case[] {
  return places.map((place) => ({
    name: `${name} (${place})`,
    call: (targets) => call(targets, place),
    allowed: allowed[place],
    ...statuses,
  }));
}

const get = (path: string): Call => ({ path });
const post = (path: string, form: Record<string, string>): Call => ({ method: 'POST', path, form });
// More than any fund holds: refused for the money (400) once the fund is the official's, before that for scope (403).
const tooMuch = '100000000000';

const table: Record<string, Route> = {
  '': {
    unscoped: 'the official’s own roles and links',
    cases: [{ name: 'home', call: () => get('/workspace'), allowed: everyone }],
  },
  'sign-in': {
    unscoped: 'the sign-in form: a signed-in official is sent on to the workspace',
    cases: [{ name: 'form', call: () => get('/workspace/sign-in'), allowed: everyone, allowedStatus: 303 }],
  },
  'second-factor': {
    unscoped: 'the second step of signing in: a signed-in official is sent on to the workspace',
    cases: [{ name: 'form', call: () => get('/workspace/second-factor'), allowed: everyone, allowedStatus: 303 }],
  },
  // Signing out ends the caller's own session; asked of a browser without one below.
  'sign-out': { unscoped: 'ends the caller’s own session', cases: [] },
  communes: {
    unscoped: 'sends the “open a commune” form on to the commune’s page',
    cases: [
      {
        name: 'form',
        call: (t) => get(`/workspace/communes?code=${t.communes.elsewhere}`),
        allowed: everyone,
        allowedStatus: 303,
      },
    ],
  },
  'communes/[code]': {
    cases: inEachPlace('list of homes', (t, place) => get(`/workspace/communes/${t.communes[place]}`), readers),
  },
  'households/[code]': {
    cases: [
      ...inEachPlace('home', (t, place) => get(`/workspace/households/${t.homes[place].code}`), readers),
      // The correction form sent back unchanged: saved (303), or refused for scope.
      ...inEachPlace(
        'correction',
        (t, place) => {
          const { code, ...record } = t.homes[place];
          return post(`/workspace/households/${code}`, { action: 'edit', ...record });
        },
        officers,
        { allowedStatus: 303 },
      ),
    ],
  },
  'households-template.xlsx': {
    unscoped: 'the blank household list template',
    cases: [{ name: 'template', call: () => get('/workspace/households-template.xlsx'), allowed: everyone }],
  },
  'evidence/[key]': {
    cases: inEachPlace('photo of a home', (t, place) => get(`/workspace/evidence/${t.photos[place]}`), readers),
  },
  imports: {
    cases: [
      { name: 'upload form', call: () => get('/workspace/imports'), allowed: ['provinceOfficer', 'communeOfficer'] },
    ],
  },
  'imports/[id]': {
    cases: [
      {
        name: 'the commune officer’s upload',
        call: (t) => get(`/workspace/imports/${t.importId}`),
        allowed: ['communeOfficer'],
        refusedStatus: 404,
      },
      // The upload holds no household: saving it is refused as empty (400) to its uploader.
      {
        name: 'saving the commune officer’s upload',
        call: (t) => post(`/workspace/imports/${t.importId}`, {}),
        allowed: ['communeOfficer'],
        allowedStatus: 400,
        refusedStatus: 404,
      },
    ],
  },
  deliveries: {
    unscoped: 'a form asking for a pledge’s reference',
    cases: [{ name: 'form', call: () => get('/workspace/deliveries'), allowed: everyone }],
  },
  'deliveries/[reference]': {
    cases: [
      ...inEachPlace('pledge of cement', (t, place) => get(`/workspace/deliveries/${t.cementPledges[place]}`), readers),
      ...inEachPlace(
        'delivery of one bag',
        (t, place) =>
          post(`/workspace/deliveries/${t.cementPledges[place]}`, { quantity: '1', deliveredOn: '2026-11-20' }),
        deliverers,
        { allowedStatus: 303 },
      ),
    ],
  },
  complaints: {
    cases: [
      { name: 'list', call: () => get('/workspace/complaints'), allowed: ['provinceOfficer', 'communeOfficer'] },
      ...inEachPlace('complaint in the list', () => get('/workspace/complaints'), officers).map((listed, i) => ({
        ...listed,
        lists: (t: Targets) => t.complaints[places[i]!],
      })),
    ],
  },
  'complaints/[reference]': {
    cases: [
      ...inEachPlace('complaint', (t, place) => get(`/workspace/complaints/${t.complaints[place]}`), officers),
      // Back to “received”, which no complaint can go: refused for the status (400), or for scope.
      ...inEachPlace(
        'reply',
        (t, place) => post(`/workspace/complaints/${t.complaints[place]}`, { status: 'received', answer: '' }),
        officers,
        { allowedStatus: 400 },
      ),
    ],
  },
  statements: {
    cases: [
      { name: 'statements and queue', call: () => get('/workspace/statements'), allowed: ['treasurer'] },
      ...inEachPlace(
        'a credit matched to a money pledge',
        (t, place) =>
          post('/workspace/statements', {
            action: 'match',
            row: t.unmatchedRow(),
            reference: t.moneyPledges[place],
          }),
        treasurers,
        { allowedStatus: 303 },
      ),
    ],
  },
  allocations: {
    cases: [
      { name: 'forms', call: () => get('/workspace/allocations'), allowed: ['treasurer'] },
      ...inEachPlace(
        'allocation from a commune’s fund',
        (t, place) =>
          post('/workspace/allocations', {
            action: 'allocation',
            number: 'QĐ-PHAM-VI',
            decidedOn: '2026-11-20',
            fund: `commune:${t.communes[place]}`,
            recipient0: t.homes[place].code,
            amount0: tooMuch,
          }),
        treasurers,
        { allowedStatus: 400 },
      ),
      ...inEachPlace(
        'payment to a home',
        (t, place) =>
          post('/workspace/allocations', {
            action: 'disbursement',
            household: t.homes[place].code,
            amount: tooMuch,
            paidOn: '2026-11-20',
            voucher: 'PC-PHAM-VI',
          }),
        treasurers,
        { allowedStatus: 400 },
      ),
    ],
  },
  'official-reports': {
    cases: [
      { name: 'form', call: () => get('/workspace/official-reports'), allowed: ['admin', 'provinceOfficer'] },
      // No file: refused for it (400) to whoever may import; each row's area is checked in the store.
      {
        name: 'import without a file',
        call: () => post('/workspace/official-reports', {}),
        allowed: ['admin', 'provinceOfficer'],
        allowedStatus: 400,
      },
    ],
  },
  'top-ups': {
    cases: [
      { name: 'form', call: () => get('/workspace/top-ups'), allowed: ['admin', 'provinceOfficer'] },
      // An empty form: refused for it (400) to whoever may enter; the unit is checked in the store.
      {
        name: 'entry without a unit',
        call: () => post('/workspace/top-ups', {}),
        allowed: ['admin', 'provinceOfficer'],
        allowedStatus: 400,
      },
    ],
  },
  reports: {
    cases: [
      { name: 'form', call: () => get('/workspace/reports'), allowed: everyone },
      ...inEachPlace('report', (t, place) => get(`/workspace/reports?area=${t.communes[place]}&format=xlsx`), readers),
    ],
  },
  recognition: {
    cases: [
      {
        name: 'donors of a campaign in Thái Nguyên',
        call: (t) => get(`/workspace/recognition?campaign=${t.recognition.province.campaign}`),
        allowed: ['admin', 'provinceOfficer', 'treasurer'],
      },
      {
        name: 'donors of a campaign elsewhere',
        call: (t) => get(`/workspace/recognition?campaign=${t.recognition.elsewhere.campaign}`),
        allowed: ['admin'],
      },
    ],
  },
  'recognition/[campaign]/[donor].[format]': {
    cases: [
      {
        name: 'achievement report, campaign in Thái Nguyên',
        call: (t) => get(t.recognition.province.report),
        allowed: ['admin', 'provinceOfficer', 'treasurer'],
      },
      {
        name: 'achievement report, campaign elsewhere',
        call: (t) => get(t.recognition.elsewhere.report),
        allowed: ['admin'],
      },
    ],
  },
  audit: {
    unscoped:
      'the log is not divided by unit: admins, province officers and auditors of any area read it whole (see the report of issue 14)',
    cases: [{ name: 'log', call: () => get('/workspace/audit'), allowed: ['admin', 'provinceOfficer'] }],
  },
  officials: {
    cases: [
      { name: 'accounts', call: () => get('/workspace/officials'), allowed: ['admin'] },
      // An empty form: refused for its fields (400) to an admin, for the role to anyone else.
      {
        name: 'new account',
        call: () => post('/workspace/officials', {}),
        allowed: ['admin'],
        allowedStatus: 400,
      },
    ],
  },
  'officials/[id]': {
    cases: [
      { name: 'account', call: (t) => get(`/workspace/officials/${t.officialId}`), allowed: ['admin'] },
      {
        name: 'grant over no unit',
        call: (t) =>
          post(`/workspace/officials/${t.officialId}`, { action: 'add_grant', role: 'commune_officer', unitCode: '' }),
        allowed: ['admin'],
        allowedStatus: 400,
      },
    ],
  },
};

/** Each route file under the workspace as its address below /workspace, e.g. `households/[code]`. */
function workspaceRoutes(): string[] {
  const root = 'src/pages/[...locale]/workspace';
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).replace(/\.(astro|ts)$/, ''))
    .map((route) => route.replace(/(^|\/)index$/, ''))
    .sort();
}

test('the route table names every workspace route, each with a case refused outside its scope', () => {
  expect(Object.keys(table).sort()).toEqual(workspaceRoutes());
  for (const [route, { unscoped, cases }] of Object.entries(table)) {
    if (unscoped) continue;
    const refusedSomewhere = cases.some((c) => c.lists || roles.some((role) => !c.allowed.includes(role)));
    expect(refusedSomewhere, `${route} has a case refused outside the official's scope`).toBe(true);
  }
});

/**
 * Communes of a province with at least two homes under construction. Each browser project takes its own communes from the list: the
 * desktop the first ones, the phone the next. A commune the other project has finished with only
 * leaves the list, which moves the phone's choice further along, never onto the desktop's.
 */
async function communesWithHomesUnderConstruction(request: APIRequestContext, province: string) {
  const communes = (await (await request.get(`/api/progress/provinces/${province}/communes.json`)).json()) as {
    rows: { code: string; started: number }[];
  };
  return communes.rows
    .filter((row) => row.started >= 2)
    .map((row) => row.code)
    .reverse();
}

/** The first home of the commune still under construction, of a campaign of its own province's. */
async function homeUnderConstruction(request: APIRequestContext, commune: string): Promise<Home> {
  const list = (await (await request.get(`/api/households/${commune}.json`)).json()) as {
    rows: Record<string, string | number>[];
  };
  const row = list.rows.find((r) => r.stage === 'started' && r.campaign !== 'national-2025')!;
  return {
    code: String(row.household_code),
    village: String(row.village),
    category: String(row.category),
    supportType: String(row.support_type),
    supportProgramme: String(row.support_programme),
    supportAmount: String(row.support_amount_dong),
  };
}

/** A browser of its own for an official, signed in for the first time (so each account signs in once). */
async function signedIn(browser: Browser, baseURL: string, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, email, password);
  return page;
}

/**
 * The official completes a home with a photo of it; returns the photo's key. Photos are kept by
 * their content: each home gets one of its own (`shade`), or one key would name them all.
 */
async function completeWithPhoto(page: Page, home: string, shade: number): Promise<string> {
  await page.goto(`/workspace/households/${home}`);
  const background = { r: 120 + shade * 10, g: 110, b: 90 };
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background } })
    .jpeg()
    .toBuffer();
  await page.getByLabel('Ảnh chụp ngôi nhà').setInputFiles({ name: 'nha.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã ghi nhận. Số liệu công khai của xã đã được cập nhật.');
  const src = await page.getByRole('img', { name: 'Ảnh ngôi nhà khi ghi nhận: Đã hoàn thành' }).getAttribute('src');
  return /\/workspace\/evidence\/([0-9a-f]{64}\.jpg)$/.exec(src!)![1]!;
}

/** Someone pledges to a place (`commune:…`, `household:…`), signed out; returns the pledge's reference. */
async function pledgeTo(page: Page, target: string, gift: 'money' | 'cement'): Promise<string> {
  await page.goto(`/pledge?target=${target}`);
  if (gift === 'money') await page.getByLabel('Số tiền (đồng)').fill('200.000');
  else {
    await page.locator('#kind-material').check();
    await page.locator('#material').selectOption('cement');
    await page.locator('#quantity').fill('100');
  }
  await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Nguyễn Văn Phạm Vi');
  await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
  await expect(page).toHaveURL(/\/pledges\/[A-Za-z0-9_-]{43}\?new$/);
  return (await page.locator('.facts .reference').first().textContent())!.trim();
}

/** A citizen complains about a commune's figures; returns the complaint's reference. */
async function complainAbout(page: Page, commune: string): Promise<string> {
  await page.goto(`/complaint?commune=${commune}`);
  await page.getByLabel('Nội dung phản ánh').fill('Số liệu của xã chưa khớp với danh sách niêm yết ở nhà văn hóa.');
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(page.getByRole('status')).toContainText('Đã nhận phản ánh.');
  return /\/complaint\/(PA[0-9A-Z]{8})/.exec(page.url())![1]!;
}

/** A donor's achievement report link on a campaign's recognition page, as the admin sees it. */
async function reportOf(admin: Page, campaign: string): Promise<string | undefined> {
  await admin.goto(`/workspace/recognition?campaign=${campaign}`);
  const link = admin.getByRole('link', { name: /\(PDF\)/ }).first();
  return (await link.count()) > 0 ? ((await link.getAttribute('href')) ?? undefined) : undefined;
}

test('every workspace route, for every role, inside and outside its area', async ({
  browser,
  page,
  baseURL,
}, testInfo) => {
  // Six first sign-ins, pledges, complaints and photos, then a few hundred requests: a long test.
  test.setTimeout(600_000);
  const project = testInfo.project.name;
  const request = page.request;
  const mine = project === 'desktop' ? 0 : 1;
  const thaiNguyen = await communesWithHomesUnderConstruction(request, '19');
  const bacNinh = await communesWithHomesUnderConstruction(request, '24');
  const communes: Record<Place, string> = {
    commune: thaiNguyen[2 * mine]!,
    province: thaiNguyen[2 * mine + 1]!,
    elsewhere: bacNinh[mine]!,
  };
  const homes = {} as Record<Place, Home>;
  for (const place of places) homes[place] = await homeUnderConstruction(request, communes[place]);

  const moneyPledges = {} as Record<Place, string>;
  const cementPledges = {} as Record<Place, string>;
  const complaints = {} as Record<Place, string>;
  for (const place of places) {
    moneyPledges[place] = await pledgeTo(page, `commune:${communes[place]}`, 'money');
    cementPledges[place] = await pledgeTo(page, `commune:${communes[place]}`, 'cement');
    complaints[place] = await complainAbout(page, communes[place]);
  }
  // A gift to the commune officer's home: once paid, its campaign's recognition page has a donor.
  const gift = await pledgeTo(page, `household:${homes.commune.code}`, 'money');

  // The admin makes the accounts: the roles of the table, and a province officer of Bắc Ninh
  // who records the photo there.
  const admin = await signedIn(browser, baseURL!, e2eAdminEmail(project, 'scope'), e2eAdminPassword);
  const email = (role: string) => `${role.toLowerCase()}.scope.${project}@e2e.test`;
  const accounts = [
    { role: 'communeOfficer', grant: 'commune_officer', unit: communes.commune },
    { role: 'provinceOfficer', grant: 'province_officer', unit: '19' },
    { role: 'treasurer', grant: 'fund_treasurer', unit: '19' },
    { role: 'outsider', grant: 'commune_officer', unit: communes.commune },
    { role: 'bacNinh', grant: 'province_officer', unit: '24' },
  ];
  for (const account of accounts)
    await createAccount(admin, {
      email: email(account.role),
      name: `Phạm vi ${account.role}`,
      role: account.grant,
      unit: account.unit,
    });
  // The outsider's only role is taken back: an official with no area at all.
  await admin.getByRole('link', { name: email('outsider') }).click();
  const officialId = /\/workspace\/officials\/(\d+)$/.exec(admin.url())![1]!;
  await admin.getByRole('button', { name: `Thu hồi: Cán bộ xã (${communes.commune})` }).click();
  await expect(admin.getByRole('status')).toHaveText('Đã lưu thay đổi.');

  // A wrong password for the outsider, which the admin then sees listed, in either language.
  const anonymous = (await browser.newContext({ baseURL })).request;
  const wrong = await anonymous.post('/workspace/sign-in', {
    form: { email: email('outsider'), password: 'mật khẩu gõ nhầm' },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(wrong.status()).toBe(401);
  await admin.goto('/workspace/officials');
  const failures = admin.getByRole('region', { name: 'Đăng nhập sai trong 7 ngày qua' });
  // Failures, last failure, and the address's network only.
  const listed = failures.getByRole('row', { name: new RegExp(email('outsider')) }).getByRole('cell');
  await expect(listed).toHaveText(['1', /GMT\+7/, /\/(24|48)$/]);
  await expectAccessible(admin);
  await admin.goto('/en/workspace/officials');
  await expect(admin.getByRole('region', { name: 'Failed sign-ins in the last 7 days' })).toContainText(
    email('outsider'),
  );

  const pages: Record<Role, Page> = { admin } as Record<Role, Page>;
  for (const role of ['communeOfficer', 'provinceOfficer', 'treasurer', 'outsider'] as const)
    pages[role] = await signedIn(browser, baseURL!, email(role), officialPassword);
  const bacNinhOfficer = await signedIn(browser, baseURL!, email('bacNinh'), officialPassword);

  const shade = (place: number) => (project === 'desktop' ? 0 : 3) + place;
  const photos: Record<Place, string> = {
    commune: await completeWithPhoto(pages.communeOfficer, homes.commune.code, shade(0)),
    province: await completeWithPhoto(pages.provinceOfficer, homes.province.code, shade(1)),
    elsewhere: await completeWithPhoto(bacNinhOfficer, homes.elsewhere.code, shade(2)),
  };

  // The treasurer imports credits that name no pledge: one for each matching the table asks for.
  const rowIds: string[] = [];
  const statement = [['Ngày hạch toán', 'Mã giao dịch', 'Diễn giải', 'Ghi nợ', 'Ghi có']];
  const credits = places.length * roles.length;
  // Credit 0 pays the gift to the commune officer's home.
  for (let i = 0; i <= credits; i++)
    statement.push([`20/11/2025 10:${String(i).padStart(2, '0')}`, `PV-${project}-${i}`, 'UNG HO XA', '', '200000']);
  const treasurer = pages.treasurer;
  await treasurer.goto('/workspace/statements');
  await treasurer.getByLabel('Ngân hàng').selectOption({ label: 'VietinBank' });
  await treasurer.getByLabel('Tệp sao kê').setInputFiles({
    name: 'sao-ke-pham-vi.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await writeExcelFile(
      statement.map((cells, row) =>
        cells.map((value, column) => ({ value: row > 0 && column === 4 ? 200000 : value })),
      ),
    ).toBuffer(),
  });
  await treasurer.getByRole('button', { name: 'Nhập sao kê' }).click();
  await expect(treasurer.getByRole('status')).toContainText(`Đã nhập: ${credits + 1} khoản mới`);
  for (let i = 0; i <= credits; i++)
    rowIds.push(
      (await treasurer
        .getByRole('row', { name: new RegExp(`PV-${project}-${i}\\b`) })
        .locator('input[name="row"]')
        .getAttribute('value'))!,
    );
  const paid = await treasurer.request.post('/workspace/statements', {
    headers: { Origin: baseURL! },
    form: { action: 'match', row: rowIds.shift()!, reference: gift },
    maxRedirects: 0,
  });
  expect(paid.status()).toBe(303);

  // The commune officer uploads a household list with no household in it yet.
  const upload = await pages.communeOfficer.request.post('/workspace/imports', {
    headers: { Origin: baseURL! },
    multipart: {
      campaign: 'national-2025',
      file: {
        name: 'danh-sach-trong.xlsx',
        mimeType: 'application/octet-stream',
        buffer: await writeExcelFile([[{ value: 'Mã hộ' }, { value: 'Mã xã' }]]).toBuffer(),
      },
    },
    maxRedirects: 0,
  });
  expect(upload.status()).toBe(303);
  const importId = /\/workspace\/imports\/(\d+)$/.exec(upload.headers().location!)![1]!;

  // Recognition: Bắc Kạn's campaign has homes in Thái Nguyên, and now a donor; Bắc Giang's, in Bắc Ninh, the demo gifts.
  const inProvince = { campaign: 'bac-kan-2025', report: (await reportOf(admin, 'bac-kan-2025'))! };
  expect(inProvince.report).toBeDefined();
  const outside = { campaign: 'bac-giang-2024', report: (await reportOf(admin, 'bac-giang-2024'))! };
  expect(outside.report).toBeDefined();

  const targets: Targets = {
    communes,
    homes,
    photos,
    complaints,
    moneyPledges,
    cementPledges,
    unmatchedRow: () => rowIds.shift()!,
    importId,
    officialId,
    recognition: { province: inProvince, elsewhere: outside },
  };

  const refusedMatches: string[] = [];
  for (const [route, { cases }] of Object.entries(table))
    await test.step(`/workspace/${route}`, async () => {
      for (const c of cases)
        for (const role of roles) {
          const { method = 'GET', path: address, form } = c.call(targets);
          const response = await pages[role].request.fetch(address, {
            method,
            form,
            headers: { Origin: baseURL! },
            maxRedirects: 0,
          });
          const allowed = c.allowed.includes(role);
          const where = `${method} ${address} (${c.name}) as ${role}`;
          if (c.lists) {
            const body = response.status() === 200 ? await response.text() : '';
            expect.soft(body.includes(c.lists(targets)), `${where} lists it`).toBe(allowed);
          } else
            expect.soft(response.status(), where).toBe(allowed ? (c.allowedStatus ?? 200) : (c.refusedStatus ?? 403));
          if (route === 'statements' && method === 'POST' && !allowed && role === 'treasurer')
            refusedMatches.push(form!.row!);
        }
    });

  // A credit the treasurer could not match (a pledge of Bắc Ninh) still waits in the queue.
  await treasurer.goto('/workspace/statements');
  for (const row of refusedMatches) await expect(treasurer.locator(`input[name="row"][value="${row}"]`)).toHaveCount(1);

  // Without a session, every route sends the browser to sign in, except signing in itself.
  for (const [route, { cases }] of Object.entries(table)) {
    const call = route === 'sign-out' ? post('/workspace/sign-out', {}) : cases[0]!.call(targets);
    const response = await anonymous.fetch(call.path, {
      method: call.method ?? 'GET',
      form: call.form,
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect.soft(response.status(), `${call.path} without a session`).toBe(route === 'sign-in' ? 200 : 303);
    if (route !== 'sign-in') expect.soft(response.headers().location, call.path).toMatch(/\/workspace\/sign-in$/);
  }
});
