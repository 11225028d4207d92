import { expect, test, type APIRequestContext } from '@playwright/test';
import { e2eAdminEmail, e2eAdminPassword } from '../support/e2e-accounts.ts';
import { expectAccessible, signIn, signOut } from '../support/workspace-session.ts';

interface HouseholdRow {
  household_code: string;
  support_programme: string;
  support_type: string;
  support_amount_dong: string | number;
  national_support_level_dong: string | number | null;
}

/** Communes of a campaign's area that have listed households, from the open data. */
async function communesWithHomes(request: APIRequestContext, province: string, campaign: string): Promise<string[]> {
  const json = await (
    await request.get(`/api/progress/provinces/${province}/communes.json?campaign=${campaign}`)
  ).json();
  return json.rows
    .filter((row: { households_in_scope: number }) => row.households_in_scope > 0)
    .map((row: { code: string }) => row.code);
}

async function homesOf(request: APIRequestContext, commune: string): Promise<HouseholdRow[]> {
  return (await (await request.get(`/api/households/${commune}.json`)).json()).rows;
}

const programmeOf: Record<string, string> = {
  meritorious_housing: 'meritorious',
  national_target_programmes: 'target_programmes',
  temporary_housing_elimination: 'campaign',
};

test.describe('support levels on a commune’s list', () => {
  test('a demo record whose amount is not its programme’s national level says so, as demo', async ({ page }) => {
    // Hà Tĩnh's communes: no test enters a top-up there, so a difference is one of the demo's slips.
    let slip: { commune: string; code: string } | undefined;
    for (const commune of await communesWithHomes(page.request, '42', 'duc-tho-2025')) {
      const row = (await homesOf(page.request, commune)).find(
        (h) => String(h.support_amount_dong) !== String(h.national_support_level_dong),
      );
      if (row) {
        slip = { commune, code: row.household_code };
        break;
      }
    }
    expect(slip).toBeDefined();
    await page.goto(`/commune/${slip!.commune}`);
    const row = page.getByRole('row', { name: new RegExp(slip!.code) });
    await expect(row.locator('[data-level-difference]')).toContainText('Khác mức quốc gia');
    await expect(row.locator('[data-level-difference]')).toContainText('dữ liệu minh họa, có cả lỗi gõ cố ý');
  });

  test('the operator enters a local top-up with its decision and source; the commune’s list shows it beside the national level', async ({
    page,
  }, testInfo) => {
    const project = testInfo.project.name;
    // A commune of Bắc Kạn's plan (now in Thái Nguyên) for each browser project, so that the two run apart.
    const communes = await communesWithHomes(page.request, '19', 'bac-kan-2025');
    const commune = communes[project === 'desktop' ? 0 : 1]!;
    const home = (await homesOf(page.request, commune))[0]!;

    await signIn(page, e2eAdminEmail(project, 'topups'), e2eAdminPassword);
    await page.getByRole('link', { name: 'Mức hỗ trợ thêm của địa phương' }).click();
    await page.getByLabel('Mã tỉnh (2 chữ số) hoặc mã xã (5 chữ số)').fill('9');
    await page.getByLabel('Số tiền thêm mỗi căn (đồng)').fill('mười triệu');
    await page.getByRole('button', { name: 'Nhập' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Mã đơn vị là 2 chữ số (tỉnh) hoặc 5 chữ số (xã).');
    await expect(alert).toContainText('Số tiền là số đồng nguyên');
    await expect(alert).toContainText('Ghi địa chỉ trang công bố văn bản');
    if (project === 'desktop') await expectAccessible(page);

    await page.getByLabel('Mã tỉnh (2 chữ số) hoặc mã xã (5 chữ số)').fill(commune);
    await page.getByLabel('Chương trình').selectOption(programmeOf[home.support_programme]!);
    await page.getByLabel('Hình thức').selectOption(home.support_type);
    await page.getByLabel('Số tiền thêm mỗi căn (đồng)').fill('10.000.000');
    const decision = `Quyết định 77/QĐ-UBND ngày 5/3/2025 của UBND xã (thử ${project})`;
    await page.getByLabel('Văn bản quyết định (số, ngày, cơ quan ban hành)').fill(decision);
    await page.getByLabel('Địa chỉ nơi công bố văn bản (https://…)').fill(`https://example.test/${project}/qd-77`);
    await page.getByRole('button', { name: 'Nhập' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập mức hỗ trợ thêm của' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: decision })).toContainText('Đang áp dụng');
    await page.goto('/workspace');
    await signOut(page);

    await page.goto(`/commune/${commune}`);
    const topUp = page.getByRole('listitem').filter({ hasText: decision });
    await expect(topUp).toContainText('thêm 10.000.000 ₫ mỗi căn');
    await expect(topUp).toContainText('Cơ quan vận hành nhập ngày');
    await expect(topUp.getByRole('link', { name: 'Nguồn' })).toHaveAttribute(
      'href',
      `https://example.test/${project}/qd-77`,
    );
    await expect(page.getByRole('heading', { name: 'Phần hỗ trợ thêm của địa phương' })).toBeVisible();
    // The home's amount is the national level alone: it now differs from the level plus the top-up.
    const national = BigInt(home.national_support_level_dong!);
    const row = page.getByRole('row', { name: new RegExp(home.household_code) });
    await expect(row.locator('[data-level-difference]')).toContainText(
      `cộng phần địa phương hỗ trợ thêm (${(national + 10_000_000n).toLocaleString('vi-VN')}`,
    );
  });
});
