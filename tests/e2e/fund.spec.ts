import { expect, test, type Page } from '@playwright/test';
import writeExcelFile from 'write-excel-file/node';
import { e2eAdminEmail, e2eAdminPassword } from '../support/e2e-accounts.ts';
import { createAccount, expectAccessible, officialPassword, signIn, signOut } from '../support/workspace-session.ts';

/** A person pledges money to Đức Thọ commune; returns the pledge's reference and private page. */
async function pledgeMoney(page: Page): Promise<{ reference: string; privatePage: string }> {
  await page.goto('/pledge?target=commune:18229');
  await page.getByLabel('Số tiền (đồng)').fill('1.500.000');
  await page.getByLabel('Họ tên hoặc tên tổ chức').fill('Trần Văn Hùng');
  await page.getByRole('button', { name: 'Đăng ký đóng góp' }).click();
  await expect(page).toHaveURL(/\/pledges\/[A-Za-z0-9_-]{43}\?new$/);
  const reference = (await page.locator('.facts .reference').first().textContent())!.trim();
  return { reference, privatePage: page.url().replace('?new', '') };
}

/** A VietinBank export as .xlsx: one transfer carrying the reference, one with only the donor's name. */
function statement(project: string, reference: string): Promise<Buffer> {
  const rows = [
    ['Ngày hạch toán', 'Mã giao dịch', 'Diễn giải', 'Ghi nợ', 'Ghi có'],
    ['20/11/2026 09:15', `FT-${project}-1`, `${reference} ung ho xa Duc Tho`, '', 500000],
    ['21/11/2026 16:40', `FT-${project}-2`, 'TRAN VAN HUNG CHUYEN TIEN UNG HO', '', 1000000],
  ];
  return writeExcelFile(rows.map((cells) => cells.map((value) => ({ value })))).toBuffer();
}

test('the treasurer imports a statement as Excel and matches by hand the transfer without a reference', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const project = testInfo.project.name;
  const treasurer = `thuquy.${project}@e2e.test`;
  const pledge = await pledgeMoney(page);

  await signIn(page, e2eAdminEmail(project, 'fund'), e2eAdminPassword);
  await createAccount(page, { email: treasurer, name: `Thủ quỹ ${project}`, role: 'fund_treasurer', unit: '' });
  await signOut(page);

  await signIn(page, treasurer, officialPassword);
  await page.getByRole('link', { name: 'Sao kê ngân hàng của quỹ' }).click();
  await page.getByLabel('Ngân hàng').selectOption({ label: 'VietinBank' });
  await page
    .getByLabel('Tệp sao kê')
    .setInputFiles({ name: 'ghi-chu.csv', mimeType: 'text/csv', buffer: Buffer.from('Ghi chú\n') });
  await page.getByRole('button', { name: 'Nhập sao kê' }).click();
  await expect(page.getByRole('alert')).toContainText('Không đọc được sao kê: not a VietinBank statement');
  const file = {
    name: 'sao-ke.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await statement(project, pledge.reference),
  };
  await page.getByLabel('Tệp sao kê').setInputFiles(file);
  await page.getByRole('button', { name: 'Nhập sao kê' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Đã nhập: 2 khoản mới (0 khoản đã nhập trước đó), 1 khoản đã đối chiếu tự động, 1 khoản chờ đối chiếu.',
  );
  await expectAccessible(page);

  const reference = page.getByLabel(`Mã đóng góp cho giao dịch FT-${project}-2`);
  const match = page
    .getByRole('row', { name: new RegExp(`FT-${project}-2`) })
    .getByRole('button', { name: 'Đối chiếu' });
  await reference.fill('CT00000000');
  await match.click();
  await expect(page.getByRole('alert')).toHaveText('Không có đóng góp nào (chưa hủy) với mã này.');
  await reference.fill(pledge.reference.toLowerCase());
  await match.click();
  await expect(page.getByRole('status')).toContainText('Đã đối chiếu');
  await expect(page.getByRole('row', { name: new RegExp(`FT-${project}-2`) })).toHaveCount(0);

  // The same export uploaded again adds nothing.
  await page.getByLabel('Tệp sao kê').setInputFiles(file);
  await page.getByRole('button', { name: 'Nhập sao kê' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Đã nhập: 0 khoản mới (2 khoản đã nhập trước đó), 0 khoản đã đối chiếu tự động, 0 khoản chờ đối chiếu.',
  );
  await signOut(page);

  await page.goto(pledge.privatePage);
  await expect(page.getByTestId('pledge-received')).toHaveText('1.500.000 ₫');
  await expect(page.locator('.facts').first()).toContainText('Đã thực hiện');
});
