import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import writeExcelFile from 'write-excel-file/node';
import { e2eAdminEmail, e2eAdminPassword } from '../support/e2e-accounts.ts';
import { drawnAround } from '../support/forged-pdfs.ts';
import { pdfText } from '../support/pdf-text.ts';
import { publicRoutes } from '../support/public-routes.ts';
import { privateLinkHeaders } from '../../src/lib/pledges/private-link-headers.ts';
import { createAccount, expectAccessible, officialPassword, signIn, signOut } from '../support/workspace-session.ts';

const run = promisify(execFile);

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
function statement(project: string, reference: string, firstAmount = 500000): Promise<Buffer> {
  const rows = [
    ['Ngày hạch toán', 'Mã giao dịch', 'Diễn giải', 'Ghi nợ', 'Ghi có'],
    ['20/11/2025 09:15', `FT-${project}-1`, `${reference} ung ho xa Duc Tho`, '', firstAmount],
    ['21/11/2025 16:40', `FT-${project}-2`, 'TRAN VAN HUNG 0912345678 CHUYEN TIEN UNG HO', '', 1000000],
  ];
  return writeExcelFile(rows.map((cells) => cells.map((value) => ({ value })))).toBuffer();
}

test('money from donor to home: a statement imported and matched, allocated and paid out, receipted, public and verifiable', async ({
  page,
  baseURL,
}, testInfo) => {
  // A long journey: four times the usual limit.
  test.setTimeout(480_000);
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
  await expect(page.getByRole('alert')).toContainText(
    'Không nhập sao kê (không dòng nào được ghi): không phải sao kê VietinBank: thiếu cột',
  );
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

  // The bank exports the first transfer again, changed: kept beside the first version, counted nowhere.
  await page
    .getByLabel('Tệp sao kê')
    .setInputFiles({ ...file, name: 'sao-ke-sua.xlsx', buffer: await statement(project, pledge.reference, 9500000) });
  await page.getByRole('button', { name: 'Nhập sao kê' }).click();
  await expect(page.getByRole('status')).toContainText(
    '1 giao dịch đã nhập trước đó nay có số tiền, ngày hoặc nội dung khác: được giữ riêng để thủ quỹ xem xét, không tính vào đâu.',
  );
  const conflict = page.getByRole('row', { name: new RegExp(`FT-${project}-1`) });
  await expect(conflict).toContainText('500.000 ₫');
  await expect(conflict).toContainText('9.500.000 ₫');
  await expectAccessible(page);

  // Money out: the commune's fund allocates to one of its homes, never beyond what it holds, then pays it.
  const listed = (await (await page.request.get('/api/households/18229.json')).json()) as {
    rows: { household_code: string }[];
  };
  const home = listed.rows[project === 'desktop' ? 0 : 1]!.household_code;
  await page.getByRole('link', { name: 'Phân bổ và chi tiền' }).click();
  await expectAccessible(page);
  const allocate = async (amount: string) => {
    await page.getByLabel('Số quyết định').fill(`QĐ-${project}`);
    await page.getByLabel('Ngày quyết định').fill('2026-11-25');
    await page.getByLabel('Quỹ phân bổ').fill('commune:18229');
    await page.getByLabel('Nơi nhận 1', { exact: true }).fill(home);
    await page.getByLabel('Số tiền 1', { exact: true }).fill(amount);
    await page.getByRole('button', { name: 'Ghi quyết định' }).click();
  };
  await allocate('100.000.000.000');
  await expect(page.getByRole('alert')).toContainText('Không đủ tiền');
  await allocate('1.000.000');
  await expect(page.getByRole('status')).toContainText('Đã ghi quyết định phân bổ');
  await page.getByLabel('Mã hộ').fill(home);
  await page.getByLabel('Số tiền (đồng)').fill('600.000');
  await page.getByLabel('Ngày chi').fill('2026-11-26');
  await page.getByLabel('Số phiếu chi').fill(`PC-${project}`);
  await page.getByRole('button', { name: 'Ghi phiếu chi' }).click();
  await expect(page.getByRole('status')).toContainText('Đã ghi khoản chi');

  // Recognition: the donor's verified gifts under the national campaign, with the dossier's report.
  await page.getByRole('link', { name: 'Khen thưởng người đóng góp' }).click();
  await page.getByLabel('Kế hoạch').selectOption('national-2025');
  await page.getByRole('button', { name: 'Xem' }).click();
  await expect(page.getByTestId('recognition')).toContainText('Trần Văn Hùng');
  await expectAccessible(page);
  const report = page.getByRole('link', { name: /Báo cáo thành tích Trần Văn Hùng \(PDF\)/ }).first();
  const pdf = await page.request.get((await report.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  // Both transfers, the one matched by its reference and the one matched by hand, are in the report.
  const { text: achievements } = await pdfText(await pdf.body());
  expect(achievements).toContain('BÁO CÁO THÀNH TÍCH ĐÓNG GÓP');
  expect(achievements).toContain('Người, tổ chức đóng góp Trần Văn Hùng');
  expect(achievements).toContain('Tiền 1.500.000 ₫');
  await signOut(page);

  await page.goto(pledge.privatePage);
  await expect(page.getByTestId('pledge-received')).toHaveText('1.500.000 ₫');
  await expect(page.locator('.facts').first()).toContainText('Đã thực hiện');

  // Each payment has a signed receipt, which anyone can check online, and an altered one fails.
  await expect(page.getByTestId('receipts').getByRole('listitem')).toHaveCount(2);
  const all = await page.request.get(`${pledge.privatePage}/receipts`);
  expect(all.headers()['content-type']).toBe('application/pdf');
  // Every answer behind the private link (each route under pledges/[token] answering GET), the
  // receipts' PDF among them, is kept by no shared cache, indexed by no search engine, and sends
  // its address to no other site.
  const privateLink = '[...locale]/pledges/[token]';
  const privateAnswers = Object.keys(publicRoutes).filter(
    (file) =>
      file.startsWith(privateLink) &&
      (file.endsWith('.astro') || /export const GET\b/.test(readFileSync(`src/pages/${file}`, 'utf8'))),
  );
  expect(privateAnswers.length).toBeGreaterThanOrEqual(4);
  for (const file of privateAnswers) {
    const address = `${pledge.privatePage}${file.slice(privateLink.length).replace(/\.(astro|ts)$/, '')}`;
    const answer = await page.request.get(address);
    expect(answer.status(), address).toBe(200);
    for (const [name, value] of Object.entries(privateLinkHeaders))
      expect(answer.headers()[name.toLowerCase()], `${name} of ${address}`).toBe(value);
  }
  // One page per payment, each naming the gift, its amount and the donor as they chose to be shown.
  const receiptPages = (await pdfText(await all.body())).pages;
  expect(receiptPages).toHaveLength(2);
  for (const receiptPage of receiptPages) {
    expect(receiptPage).toContain(`Mã đóng góp / Pledge reference ${pledge.reference}`);
    expect(receiptPage).toContain('Người đóng góp / Donor T.V.H.');
  }
  expect(receiptPages.map((receiptPage) => /Đóng góp \/ Gift ([\d.]+ ₫)/.exec(receiptPage)?.[1]).sort()).toEqual([
    '1.000.000 ₫',
    '500.000 ₫',
  ]);
  await page.getByTestId('receipts').getByRole('link').first().click();
  await expect(page.getByTestId('receipt-status')).toContainText('Biên nhận xác thực');
  await expect(page.getByTestId('receipt-signed')).toContainText('T.V.H.');
  await expectAccessible(page);
  const code = page.url().split('/').pop()!;
  const signed = await (await page.request.get(`/api/receipts/${code}.json`)).json();
  await page.goto('/receipts/verify');
  const verify = async (name: string, receipt: unknown) => {
    await page.getByLabel('Tệp biên nhận').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(receipt)),
    });
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
  };
  await verify('bien-nhan.json', signed);
  await expect(page.getByTestId('verdicts')).toContainText(`${code}: xác thực`);
  await verify('sua.json', { ...signed, body: { ...signed.body, donor: 'Người khác' } });
  await expect(page.getByTestId('verdicts')).toContainText('chữ ký không khớp nội dung');
  await verify('bien-nhan.pdf', []);
  await expect(page.getByRole('alert')).toContainText('không chứa biên nhận');
  await verify('lon.json', 'x'.repeat(3 * 1024 * 1024));
  await expect(page.getByRole('alert')).toContainText('Tệp quá lớn');
  const uploadPdf = async (pdf: Buffer) => {
    await page
      .getByLabel('Tệp biên nhận')
      .setInputFiles({ name: 'bien-nhan.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
  };
  // The PDF the portal made verifies, each receipt's signed facts shown large to compare with the paper.
  const genuine = await all.body();
  await uploadPdf(genuine);
  await expect(page.getByTestId('verdicts').getByRole('listitem')).toHaveCount(2);
  await expect(page.getByTestId('verdicts')).not.toContainText('✗');
  await expect(page.getByTestId('receipt-signed')).toHaveCount(2);
  await expect(page.getByTestId('verdicts')).toContainText('Một triệu đồng');
  await expect(page.getByTestId('verdicts')).toContainText('Năm trăm nghìn đồng');
  await expectAccessible(page);
  // A PDF drawn around a genuine receipt's signed data, showing another sum and donor, is not
  // authentic; neither is the genuine PDF cut short. The genuine data is shown beside the verdict.
  await uploadPdf(await drawnAround([signed], '1.000.000.000 đồng, Công ty Giả Mạo'));
  await expect(page.getByTestId('verdicts')).toContainText(`✗ ${code}: tệp PDF này không kết thúc bằng chữ ký số`);
  await expect(page.getByTestId('receipt-signed')).toContainText('T.V.H.');
  await uploadPdf(genuine.subarray(0, genuine.length - 200));
  await expect(page.getByTestId('verdicts').getByRole('listitem')).toHaveCount(2);
  await expect(page.getByTestId('verdicts')).not.toContainText('✓');

  // Looked up by its number as printed (padding zeros left out here), the receipt shows what it
  // shows on paper: the donor by their initials, as they chose, never their name.
  const short = code.replace(/-0+/, '-');
  await page.getByLabel('Số biên nhận').fill(short);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByTestId('verdicts')).toContainText(`✓ ${code}: có trong sổ đăng ký biên nhận`);
  await expect(page.getByTestId('receipt-signed')).toContainText('T.V.H.');
  await expect(page.locator('main')).not.toContainText('Trần Văn Hùng');
  await expectAccessible(page);
  const english = await page.request.get(`/en/receipts/verify?number=${short}`);
  expect(english.status()).toBe(200);
  expect(await english.text()).toMatch(/In words<\/dt>\s*<dd>(One million|Five hundred thousand) dong<\/dd>/);
  // Unknown and malformed numbers are refused in words, with 404 and 400.
  const unknown = `${code.replace(/-\d+$/, '')}-999999`;
  await page.getByLabel('Số biên nhận').fill(unknown);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByRole('alert')).toContainText(`Không có biên nhận số ${unknown}`);
  expect((await page.request.get(`/receipts/verify?number=${unknown}`)).status()).toBe(404);
  const malformed = await page.request.get(`/en/receipts/verify?number=${encodeURIComponent('số 1')}`);
  expect(malformed.status()).toBe(400);
  expect(await malformed.text()).toContain('is not a receipt number');

  // The public ledger: money in by the donor's initials, as they chose, and none of the memo that
  // names them (nor in the open data); then the home's allocation and payment.
  await page.goto(`/ledger/in?area=commune:18229&q=${encodeURIComponent(pledge.reference)}`);
  await expect(page.getByTestId('money-in')).toContainText('T.V.H.');
  await expect(page.getByTestId('money-in')).not.toContainText('TRAN VAN HUNG');
  for (const format of ['csv', 'json']) {
    const file = await (await page.request.get(`/api/ledger/in.${format}?area=commune:18229`)).text();
    expect(file).toContain(pledge.reference);
    expect(file).not.toMatch(/TRAN VAN HUNG|0912345678/);
  }
  await page.goto('/ledger/flow?area=commune:18229');
  await expect(page.getByTestId('flow-homes').getByRole('row', { name: new RegExp(home) })).toContainText('600.000 ₫');
  await page.goto('/ledger');
  await expect(page.getByTestId('ledger-check')).toContainText('Sổ sách khớp');
  await page.goto('/donors?area=commune:18229');
  await expect(page.getByTestId('donor-wall')).toContainText('T.V.H.');

  // Anyone re-computes the public chain and checks that a head saved earlier is still in it.
  const chain = (await (await page.request.get('/api/ledger/chain.json')).json()) as {
    records: { sequence: number; hash: string }[];
  };
  const saved = `${chain.records[0]!.sequence}:${chain.records[0]!.hash}`;
  const verifyChain = (head: string) =>
    run(process.execPath, ['scripts/verify-chains.ts', '--url', baseURL!, '--ledger-head', head]).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
  const kept = await verifyChain(saved);
  expect(kept.stdout).toContain('is still in the chain');
  expect(kept.code).toBe(0);
  const rewritten = await verifyChain(`1:${'0'.repeat(64)}`);
  expect(rewritten.stdout).toContain('history was rewritten');
  expect(rewritten.code).toBe(1);
});
