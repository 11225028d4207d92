import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import sharp from 'sharp';
import writeExcelFile from 'write-excel-file/node';
import { e2eAdminEmail, e2eAdminPassword } from '../support/e2e-accounts.ts';
import { pdfText } from '../support/pdf-text.ts';
import {
  createAccount,
  expectAccessible,
  officialPassword as password,
  signIn,
  signOut,
} from '../support/workspace-session.ts';

/** Homes under construction in Hà Tĩnh's communes, found through the open data as a journalist would. */
async function homesUnderConstruction(request: APIRequestContext) {
  const communes = (await (await request.get('/api/progress/provinces/42/communes.json')).json()) as {
    rows: { code: string; started: number }[];
  };
  const homes: { commune: string; household: string }[] = [];
  for (const { code } of communes.rows.filter((row) => row.started > 0)) {
    const list = (await (await request.get(`/api/households/${code}.json`)).json()) as {
      rows: { household_code: string; stage: string }[];
    };
    const started = list.rows.find((row) => row.stage === 'started');
    if (started) homes.push({ commune: code, household: started.household_code });
  }
  return homes;
}

/** A photo as a phone takes it: with the place it was taken in its EXIF data. */
function photoWithLocation(): Promise<Buffer> {
  return sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#8a7a5b' } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '18/1 26/1 0/1' } })
    .toBuffer();
}

/** An .xlsx file as a commune fills in the template: the header row, then one row per household. */
async function listFile(header: string[], rows: (string | number)[][]): Promise<Buffer> {
  return writeExcelFile([header, ...rows].map((cells) => cells.map((value) => ({ value })))).toBuffer();
}

/** The commune officer imports a list: first with mistakes, which are shown and nothing is saved, then clean. */
async function importList(page: Page, commune: string, project: string): Promise<string> {
  await page.getByRole('link', { name: 'Nhập danh sách hộ từ Excel' }).first().click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải mẫu danh sách hộ (.xlsx)' }).click();
  const template = await readSheet(await (await download).createReadStream());
  const header = template[0] as string[];
  expect(header.slice(0, 3)).toEqual(['Mã hộ', 'Mã xã', 'Thôn, tổ dân phố']);

  const code = `E2E-${project.toUpperCase()}-${commune}-1`;
  const good = [
    code,
    commune,
    'Thôn Mới',
    'Phạm Thị Hà',
    'Hộ cận nghèo',
    'Sửa chữa',
    'Chương trình xóa nhà tạm, nhà dột nát',
    30000000,
    '02/10/2026',
    '',
  ];
  const bad = [
    `${code}X`,
    '99999',
    'Số 12 ngõ 34, SĐT 0912345678',
    'Lê Văn Nam',
    'Hộ giàu',
    'Xây mới',
    'Chương trình xóa nhà tạm, nhà dột nát',
    60000000,
    '31/02/2026',
    '',
  ];
  await page.getByLabel('Kế hoạch').selectOption('national-2025');
  await page.getByLabel('Tệp Excel').setInputFiles({
    name: 'co-loi.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await listFile(header, [good, bad]),
  });
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
  await expect(page.getByRole('alert')).toContainText('2 hộ, 1 dòng có lỗi');
  const badRow = page.getByRole('row', { name: /^3 / });
  await expect(badRow).toContainText('Không có xã, phường nào với mã này.');
  await expect(badRow).toContainText('Diện hỗ trợ không có trong danh mục.');
  await expect(badRow).toContainText('Ngày không đúng dạng dd/mm/yyyy.');
  await expect(badRow).toContainText('Cột “Thôn, tổ dân phố”: Có địa chỉ nhà');
  await expect(badRow).toContainText('Cột “Thôn, tổ dân phố”: Có số điện thoại');
  await expect(page.getByRole('button', { name: /^Lưu/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Tải lên tệp khác' }).click();
  await page
    .getByLabel('Tệp Excel')
    .setInputFiles({ name: 'sach.xlsx', mimeType: 'application/octet-stream', buffer: await listFile(header, [good]) });
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
  await expect(page.getByRole('status')).toContainText('1 hộ, không có lỗi');
  await page.getByRole('button', { name: 'Lưu 1 hộ' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu 1 hộ vào danh sách công khai.');
  return code;
}

/** A business pledges 100 bags of cement to the commune; returns the pledge's reference and private page. */
async function pledgeCement(page: Page, commune: string): Promise<{ reference: string; privatePage: string }> {
  await page.goto(`/pledge?target=commune:${commune}`);
  await page.locator('#kind-material').check();
  await page.locator('#material').selectOption('cement');
  await page.locator('#quantity').fill('100');
  await page.getByLabel('Tổ chức, doanh nghiệp').check();
  await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Công ty Xi măng Hoàng Mai');
  await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
  await expect(page).toHaveURL(/\/pledges\/[A-Za-z0-9_-]{43}\?new$/);
  const reference = (await page.locator('.facts .reference').first().textContent())!.trim();
  return { reference, privatePage: page.url().replace('?new', '') };
}

/** The commune officer records what was delivered: more than pledged is refused, a partial delivery is kept. */
async function recordCementDelivery(page: Page, reference: string) {
  await page.getByRole('link', { name: 'Ghi nhận vật liệu, ngày công' }).click();
  await page.getByLabel('Mã đóng góp').fill(reference);
  await page.getByRole('button', { name: 'Mở đóng góp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Đóng góp ${reference}`);
  await page.getByLabel('Số lượng').fill('120');
  await page.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByRole('alert')).toContainText('Số lượng vượt quá phần còn lại của đóng góp.');
  await page.getByLabel('Số lượng').fill('60');
  await page.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByRole('status')).toContainText('Đã ghi nhận.');
  await expect(page.getByTestId('delivery-progress')).toHaveText('Đã giao hoặc đã làm: 60 trên 100');
}

/** A citizen, signed out, complains about a household from the commune's public list; returns the reference. */
async function raiseComplaint(page: Page, home: { commune: string; household: string }): Promise<string> {
  await page.goto(`/commune/${home.commune}?stage=started`);
  await page.getByRole('link', { name: `Phản ánh về hộ ${home.household}` }).click();
  await expect(page.getByText(`Hộ ${home.household} trong danh sách`)).toBeVisible();
  // Empty at first, and given back exactly as typed.
  await expect(page.getByLabel('Nội dung phản ánh')).toHaveValue('');
  await page.getByLabel('Nội dung phản ánh').fill('Sai');
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(page.getByRole('alert')).toContainText('Hãy viết nội dung phản ánh (ít nhất 10 ký tự).');
  await expect(page.getByLabel('Nội dung phản ánh')).toHaveValue('Sai');
  await expectAccessible(page);
  await page.getByLabel('Nội dung phản ánh').fill('Tôi thấy nhà của hộ này đã xây xong từ tháng trước.');
  await page.getByLabel('Cách liên hệ với bạn').fill('Lê Văn Tâm, 0912 345 678');
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(page.getByRole('status')).toContainText('Đã nhận phản ánh.');
  await expect(page.getByTestId('complaint-status')).toHaveText('Đã tiếp nhận');
  await expect(page.getByText('0912')).toHaveCount(0);
  const reference = /\/complaint\/(PA[0-9A-Z]{8})/.exec(page.url())![1]!;
  await page.goto(`/commune/${home.commune}`);
  await expect(page.getByRole('region', { name: /^Phản ánh về / })).toContainText(reference);
  return reference;
}

test.describe("officials' workspace", () => {
  test('an admin makes accounts; the commune completes a home, answers a complaint, imports a list and records a delivery; the province validates and reports', async ({
    page,
    request,
  }, testInfo) => {
    // A long journey: four times the usual limit.
    test.setTimeout(480_000);
    const project = testInfo.project.name;
    // Not in Đức Thọ (18229): the read-only tests, which run at the same time, count its households.
    const homes = (await homesUnderConstruction(request)).filter((home) => home.commune !== '18229');
    // Each browser project works on its own commune, so that the two can run at once; neither changes the third.
    const mine = homes[project === 'desktop' ? 0 : 1]!;
    const elsewhere = homes[2]!;
    const communeOfficer = `xa.${project}@e2e.test`;
    const complaint = await raiseComplaint(page, mine);
    const cement = await pledgeCement(page, mine.commune);
    const provinceOfficer = `tinh.${project}@e2e.test`;

    // The admin, at first sign-in, sets up the authenticator app, then makes two accounts.
    await signIn(page, e2eAdminEmail(project, 'workspace'), e2eAdminPassword, project === 'desktop');
    await page.getByRole('link', { name: 'Tài khoản cán bộ' }).click();
    await page.getByLabel('Thư điện tử').fill(communeOfficer);
    await page.getByLabel('Họ tên').fill(`Cán bộ xã ${project}`);
    await page.getByLabel('Mật khẩu ban đầu').fill('ngắn');
    await page.getByLabel('Mã đơn vị').fill('42');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const errors = page.getByRole('alert');
    await expect(errors).toContainText('Mật khẩu phải có ít nhất 12 ký tự.');
    await expect(page.getByLabel('Thư điện tử')).toHaveValue(communeOfficer);

    await page.getByLabel('Mật khẩu ban đầu').fill(password);
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(errors).toContainText('Mã đơn vị không hợp với vai trò');
    await page.getByLabel('Mật khẩu ban đầu').fill(password);
    await page.getByLabel('Mã đơn vị').fill(mine.commune);
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByRole('status')).toHaveText(`Đã tạo tài khoản ${communeOfficer}.`);

    await createAccount(page, {
      email: provinceOfficer,
      name: `Cán bộ tỉnh ${project}`,
      role: 'province_officer',
      unit: '42',
    });
    await expect(page.getByRole('row', { name: new RegExp(communeOfficer) })).toContainText('Chưa đăng nhập lần đầu');
    await page.getByRole('link', { name: communeOfficer }).click();
    await page.getByLabel('Mã đơn vị').fill('42');
    await page.getByRole('button', { name: 'Giao thêm vai trò' }).click();
    await expect(page.getByRole('alert')).toContainText('Mã đơn vị không hợp với vai trò');
    await expect(page.getByRole('button', { name: `Thu hồi: Cán bộ xã (${mine.commune})` })).toBeVisible();
    await expectAccessible(page);

    // The admin imports published figures (Hà Nội, 01: no other test reads its official figures); a
    // file sent again adds nothing, and a wrong cell is named by row and column.
    await page.goto('/workspace');
    await page.getByRole('link', { name: 'Nhập số liệu đã công bố' }).click();
    const header =
      'as_of,area,kind,homes_total,completed,under_way,new_build,repair,meritorious_total,target_programmes_total,campaign_total,localities_done,localities_total,money_mobilised_billion_dong,workdays,publisher,source,note';
    const csv = (asOf: string) =>
      Buffer.from(
        `${header}\n${asOf},01,reported,120,100,20,,,,,,,,,,Báo thử ${project},https://example.test/${project},khoảng\n`,
      );
    for (const added of ['Đã thêm 1 dòng; 0 dòng đã có từ trước.', 'Đã thêm 0 dòng; 1 dòng đã có từ trước.']) {
      await page
        .getByLabel('Tệp CSV')
        .setInputFiles({ name: 'so-lieu.csv', mimeType: 'text/csv', buffer: csv('2025-08-20') });
      await page.getByRole('button', { name: 'Nhập' }).click();
      await expect(page.getByRole('status')).toHaveText(added);
    }
    await page.getByLabel('Tệp CSV').setInputFiles({ name: 'sai.csv', mimeType: 'text/csv', buffer: csv('20/8/2025') });
    await page.getByRole('button', { name: 'Nhập' }).click();
    await expect(page.getByRole('alert')).toContainText('Dòng 2, cột “as_of”, giá trị “20/8/2025”');
    await page.goto('/province/01');
    await expect(page.getByTestId('officially-reported').filter({ hasText: `Báo thử ${project}` })).toContainText(
      '100',
    );
    await page.goto('/workspace');
    await signOut(page);

    // The commune officer may not touch another commune's home.
    await signIn(page, communeOfficer, password);
    await page.goto(`/workspace/households/${elsewhere.household}`);
    await expect(page.getByText('Bạn không có quyền làm việc này ở đơn vị này.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ghi nhận' })).toHaveCount(0);

    // In their own commune: a wrong date is refused with a reason, then the completion is recorded.
    await page.goto('/workspace');
    await page.getByRole('link', { name: 'Mở danh sách hộ của xã' }).click();
    await page.getByRole('link', { name: mine.household }).click();
    await expect(page.getByTestId('current-stage')).toContainText('Đang thi công');
    const stage = page.getByLabel('Giai đoạn', { exact: true });
    await expect(stage.locator('option')).toHaveText(['Đã hoàn thành', 'Đã rút khỏi danh sách']);
    await page.getByLabel('Ngày', { exact: true }).fill('2099-01-01');
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(page.getByRole('alert')).toContainText('Ngày không được ở tương lai.');
    await expectAccessible(page);
    await page.getByLabel('Ngày', { exact: true }).fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(page.getByRole('alert')).toContainText('Cần một ảnh chụp ngôi nhà');
    const photoField = page.getByLabel('Ảnh chụp ngôi nhà');
    await photoField.setInputFiles({ name: 'nha.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('không phải ảnh') });
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(page.getByRole('alert')).toContainText('Tệp này không phải ảnh JPEG, PNG hoặc WebP đọc được.');
    await expect(page.getByTestId('current-stage')).toContainText('Đang thi công');
    // A photo too large is refused unread; the form still holds a date to send again.
    await photoField.setInputFiles({ name: 'lon.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(16 * 1024 * 1024) });
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(page.getByRole('alert')).toContainText('Ảnh quá lớn');
    await expect(page.getByLabel('Ngày', { exact: true })).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByTestId('current-stage')).toContainText('Đang thi công');
    await photoField.setInputFiles({ name: 'IMG_2026.jpg', mimeType: 'image/jpeg', buffer: await photoWithLocation() });
    await page.getByLabel('Ngày', { exact: true }).fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(page.getByRole('status')).toHaveText('Đã ghi nhận. Số liệu công khai của xã đã được cập nhật.');
    const photo = page.getByRole('img', { name: 'Ảnh ngôi nhà khi ghi nhận: Đã hoàn thành' });
    await expect(photo).toBeVisible();
    const stored = await page.request.get((await photo.getAttribute('src'))!);
    expect(stored.headers()['content-type']).toBe('image/jpeg');
    expect((await sharp(await stored.body()).metadata()).exif).toBeUndefined();
    await expect(page.getByTestId('current-stage')).toContainText('Đã hoàn thành');
    await expect(page.getByRole('row', { name: /Đã hoàn thành/ })).toContainText(`Cán bộ xã ${project}`);
    // A wrong amount in the record is corrected; a malformed one is refused with a reason.
    await page.getByText('Sửa thông tin của hộ').click();
    await page.getByLabel('Số tiền hỗ trợ (đồng)').fill('bốn mươi lăm triệu');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await expect(page.getByRole('alert')).toContainText('Số tiền là số nguyên đồng');
    await page.getByLabel('Số tiền hỗ trợ (đồng)').fill('45.000.000');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Đã sửa. Danh sách và số liệu công khai của xã đã được cập nhật.',
    );

    // Validation is for the province: the commune officer is not offered it.
    await expect(stage.locator('option')).toHaveText(['Đã bàn giao', 'Đã rút khỏi danh sách']);

    // The citizen's complaint waits for the commune: the officer answers it publicly.
    await page.getByRole('link', { name: 'Phản ánh của người dân' }).click();
    await page.getByRole('link', { name: complaint }).click();
    await expect(page.getByText('Tôi thấy nhà của hộ này đã xây xong')).toBeVisible();
    await page.getByLabel('Trạng thái').selectOption({ label: 'Đã trả lời' });
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('alert')).toContainText('Hãy viết câu trả lời công khai');
    await page.getByLabel('Câu trả lời công khai').fill('Xã đã kiểm tra: nhà đã hoàn thành, danh sách đã cập nhật.');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByTestId('complaint-status')).toHaveText('Đã trả lời');
    const imported = await importList(page, mine.commune, project);
    await recordCementDelivery(page, cement.reference);
    await signOut(page);

    // A province officer validates, and the public list shows it at once.
    await signIn(page, provinceOfficer, password);
    await page.goto(`/workspace/households/${mine.household}`);
    await page.getByLabel('Giai đoạn', { exact: true }).selectOption({ label: 'Đã xác nhận' });
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(page.getByTestId('current-stage')).toContainText('Đã xác nhận');

    // The province's periodic report, as a spreadsheet and a PDF; a unit outside the province is refused.
    await page.getByRole('link', { name: 'Báo cáo tiến độ' }).click();
    await page.getByLabel('Mã tỉnh hoặc mã xã').fill('01');
    await page.getByRole('button', { name: 'Tải bảng tính (.xlsx)' }).click();
    await expect(page.getByRole('alert')).toContainText('Đơn vị này ngoài phạm vi của bạn');
    await page.getByLabel('Mã tỉnh hoặc mã xã').fill('42');
    const spreadsheet = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải bảng tính (.xlsx)' }).click();
    const rows = await readSheet(await (await spreadsheet).createReadStream());
    expect(String(rows[0]![0])).toContain('Tỉnh Hà Tĩnh');
    expect(rows.map((row) => row[0])).toContain(mine.commune);
    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải bản PDF' }).click();
    expect((await pdf).suggestedFilename()).toMatch(/^bao-cao-tien-do-42-\d{4}-\d{2}-\d{2}\.pdf$/);
    // The PDF says what the spreadsheet says: its title, and a row for the commune, named.
    const { text } = await pdfText(await readFile((await (await pdf).path())!));
    const communeRow = rows.find((row) => row[0] === mine.commune)!;
    expect(text).toContain(String(rows[0]![0]));
    expect(text).toContain(`${mine.commune} ${String(communeRow[1])} ${String(communeRow[2])} `);
    expect(text).toContain('Tổng cộng');

    await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    await expect(page.getByTestId('chain-check')).toContainText('Chuỗi nguyên vẹn');
    await expect(page.getByRole('row', { name: new RegExp(`household:${mine.household}.*validated`) })).toContainText(
      `Cán bộ tỉnh ${project}`,
    );
    await signOut(page);

    const publicList = await request.get(`/api/households/${mine.commune}.json`);
    const row = ((await publicList.json()) as { rows: { household_code: string; stage: string }[] }).rows.find(
      (r) => r.household_code === mine.household,
    );
    expect(row?.stage).toBe('validated');

    await page.goto(`/complaint/${complaint}`);
    await expect(page.getByTestId('complaint-status')).toHaveText('Đã trả lời');
    await expect(page.getByText('Xã đã kiểm tra: nhà đã hoàn thành')).toBeVisible();
    await expect(page.getByText('0912')).toHaveCount(0);

    // The donor follows the delivery on their private page.
    await page.goto(cement.privatePage);
    await expect(page.getByTestId('pledge-received')).toHaveText('60 trên 100 đã giao hoặc đã làm');
    await expect(page.locator('.facts').first()).toContainText('Đã thực hiện một phần');

    // The imported household is on the commune's public list, by its initials.
    await page.goto(`/commune/${mine.commune}?q=${imported}`);
    await expect(page.getByRole('table', { name: /Các hộ được hỗ trợ/ }).locator('tbody tr')).toContainText(['P.T.H.']);
  });

  test('refuses a wrong password and a wrong code, and never caches workspace pages', async ({ page }, testInfo) => {
    const admin = e2eAdminEmail(testInfo.project.name, 'workspace');
    await page.goto('/en/workspace/sign-in');
    await page.getByLabel('Email').fill(admin);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toHaveText('The email or password is not right.');
    await expectAccessible(page);

    const response = await page.request.get('/workspace/audit');
    expect(response.url()).toMatch(/\/workspace\/sign-in$/);
    expect(response.headers()['cache-control']).toBe('private, no-store');

    await page.getByLabel('Email').fill(`nobody.${testInfo.project.name}@e2e.test`);
    await page.getByLabel('Password').fill(e2eAdminPassword);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toHaveText('The email or password is not right.');

    await page.getByLabel('Email').fill(admin);
    await page.getByLabel('Password').fill(e2eAdminPassword);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/en\/workspace\/second-factor$/);
    // Six digits, as a mistyped code would be; the chance that they are the right code is one in a million.
    await page.getByLabel('6-digit code').fill('000000');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The code is wrong, already used or expired; enter the newest code in the app.',
    );
    await page.goto('/en/workspace');
    await expect(page).toHaveURL(/\/en\/workspace\/sign-in$/);
  });

  test('answers failed sign-ins of an account from one address with 429, how long to wait, and why', async ({
    request,
    baseURL,
  }, testInfo) => {
    // An email that is no account's, so that no one else's sign-in is slowed.
    const email = `throttled.${testInfo.project.name}@e2e.test`;
    const attempt = () =>
      request.post('/workspace/sign-in', {
        form: { email, password: 'không phải mật khẩu' },
        headers: { Origin: baseURL! },
        maxRedirects: 0,
      });
    // Five failures are free; then each makes the next try wait longer (a minute, two, four…).
    // Tried until one comes within its wait, which on any machine is the sixth.
    const answers: number[] = [];
    let response;
    do {
      response = await attempt();
      answers.push(response.status());
    } while (response.status() === 401 && answers.length < 8);
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(response.status()).toBe(429);
    const wait = Number(response.headers()['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await response.text()).toContain(
      `Có quá nhiều lần đăng nhập sai vào tài khoản này từ nơi bạn đang dùng; hãy thử lại sau ${Math.ceil(wait / 60)} phút.`,
    );
  });
});
