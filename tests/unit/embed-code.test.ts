import { describe, expect, it } from 'vitest';
import { embedCode, embeddableTarget, embedPath } from '../../src/lib/progress/embed-code.ts';

const page = (path: string) => new URL(path, 'https://chungtay.example');

describe('embedPath', () => {
  it('gives one address per map, English by a query parameter', () => {
    expect(embedPath('vi')).toBe('/embed/map');
    expect(embedPath('en', { level: 'commune', code: '18229' })).toBe('/embed/map/commune/18229?lang=en');
  });
});

describe('embeddableTarget', () => {
  it('maps each page with a map to its embed, keeping the language', () => {
    expect(embeddableTarget(page('/'))).toEqual({ embedPath: '/embed/map' });
    expect(embeddableTarget(page('/en/'))).toEqual({ embedPath: '/embed/map?lang=en' });
    expect(embeddableTarget(page('/province/42'))).toEqual({
      embedPath: '/embed/map/province/42',
      unit: { level: 'province', code: '42' },
    });
    expect(embeddableTarget(page('/en/commune/18229'))).toEqual({
      embedPath: '/embed/map/commune/18229?lang=en',
      unit: { level: 'commune', code: '18229' },
    });
    expect(embeddableTarget(page('/embed/map/commune/18229?lang=en'))?.embedPath).toBe(
      '/embed/map/commune/18229?lang=en',
    );
  });

  it('refuses pages without a map and codes of the wrong length', () => {
    expect(embeddableTarget(page('/search'))).toBeUndefined();
    expect(embeddableTarget(page('/province/18229'))).toBeUndefined();
    expect(embeddableTarget(page('/commune/42'))).toBeUndefined();
    expect(embeddableTarget(page('/fr/province/42'))).toBeUndefined();
    expect(embeddableTarget(page('/en/embed/map'))).toBeUndefined();
  });
});

describe('embedCode', () => {
  const code = embedCode('https://chungtay.example/embed/map/province/42', 'Tiến độ: "Hà Tĩnh"');

  it('is a lazy, titled, full-width iframe', () => {
    expect(code).toContain(
      '<iframe src="https://chungtay.example/embed/map/province/42" title="Tiến độ: &#34;Hà Tĩnh&#34;" width="100%" height="560"',
    );
    expect(code).toContain('loading="lazy"');
  });

  it('listens only to the portal’s own origin to resize', () => {
    expect(code).toContain('e.origin!=="https://chungtay.example"');
    expect(code).toContain('chung-tay:resize');
  });
});

describe('embeds of former units and campaigns', () => {
  it('maps a pre-2025 unit’s page and a campaign’s page to their embeds', () => {
    expect(embeddableTarget(page('/old/06'))).toEqual({
      embedPath: '/embed/map/old/06',
      unit: { level: 'old', code: '06' },
    });
    expect(embeddableTarget(page('/en/old/440'))?.embedPath).toBe('/embed/map/old/440?lang=en');
    expect(embeddableTarget(page('/campaigns/bac-kan-2025'))).toEqual({
      embedPath: '/embed/map/campaign/bac-kan-2025',
      unit: { level: 'campaign', code: 'bac-kan-2025' },
    });
    expect(embeddableTarget(page('/embed/map/campaign/bac-kan-2025?lang=en'))?.embedPath).toBe(
      '/embed/map/campaign/bac-kan-2025?lang=en',
    );
    expect(embeddableTarget(page('/embed/map/old/06'))?.embedPath).toBe('/embed/map/old/06');
  });

  it('refuses other shapes', () => {
    expect(embeddableTarget(page('/old/0612'))).toBeUndefined();
    expect(embeddableTarget(page('/campaigns'))).toBeUndefined();
    expect(embeddableTarget(page('/campaigns/Bac%20Kan'))).toBeUndefined();
    expect(embeddableTarget(page('/embed/map/campaigns/bac-kan-2025'))).toBeUndefined();
    expect(embeddableTarget(page('/en/embed/map/old/06'))).toBeUndefined();
  });
});
