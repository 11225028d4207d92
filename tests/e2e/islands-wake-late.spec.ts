import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { publicRoutes } from '../support/public-routes.ts';

/**
 * On a slow phone people type before a page's islands wake up. Whatever they typed, chose or
 * ticked in an island's fields must still be there once it has: the island takes the field's
 * value, not the server's. The islands with fields are found in src/components, the pages that
 * use them in src/pages, and their addresses in the route table; the island's scripts are held
 * back until every field has been filled in.
 */
const components = 'src/components';
const fieldIslands = readdirSync(components).filter(
  (file) =>
    file.endsWith('.svelte') && /<(input|select|textarea)\b/.test(readFileSync(`${components}/${file}`, 'utf8')),
);
const pages = Object.entries(publicRoutes).filter(([file]) => {
  if (!file.endsWith('.astro')) return false;
  const source = readFileSync(`src/pages/${file}`, 'utf8');
  return fieldIslands.some((island) => source.includes(`/components/${island}'`));
});

test('the islands with fields are found, and pages that use them', () => {
  expect(fieldIslands.length).toBeGreaterThan(0);
  expect(pages.length).toBeGreaterThanOrEqual(fieldIslands.length);
});

for (const [file, route] of pages) {
  test(`${route.address} (${file}): what was typed before its islands woke is kept`, async ({ page }) => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/**/*.js', async (request) => {
      await released;
      await request.continue();
    });
    await page.goto(route.address.replace(/\[([a-z]+)=([^\]]+)\]/gi, (_, _name, sample: string) => sample));
    const fields = page.locator('astro-island[ssr] :is(input, select, textarea):visible');
    await expect(fields.first()).toBeVisible();
    const typed: { index: number; value: string; checked?: boolean }[] = [];
    for (const [index, field] of (await fields.all()).entries()) {
      const [tag, type, name] = await field.evaluate((element) => {
        const input = element as HTMLInputElement;
        return [input.tagName, input.type, input.name];
      });
      if (type === 'checkbox' || type === 'radio') {
        // The last choice of each group, which the server never chooses by itself.
        const group = page.locator(`astro-island[ssr] input[name="${name}"]:visible`);
        if ((await group.last().evaluate((last, self) => last !== self, await field.elementHandle())) as boolean)
          continue;
        await field.check();
        typed.push({ index, value: '', checked: true });
      } else if (tag === 'SELECT') {
        const last = await field.locator('option').last().getAttribute('value');
        await field.selectOption(last!);
        typed.push({ index, value: last! });
      } else {
        await field.fill('Văn Quan');
        typed.push({ index, value: 'Văn Quan' });
      }
    }
    expect(typed.length).toBeGreaterThan(0);
    release();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    const woken = page.locator('astro-island :is(input, select, textarea):visible');
    for (const { index, value, checked } of typed) {
      if (checked) await expect(woken.nth(index)).toBeChecked();
      else await expect(woken.nth(index)).toHaveValue(value);
    }
  });
}
