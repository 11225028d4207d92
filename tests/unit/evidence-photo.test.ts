import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { diskEvidenceStore, prepareUploadedPhoto } from '../../src/lib/evidence/evidence-store.ts';
import { maximumPhotoBytes, preparePhoto } from '../../src/lib/evidence/photo.ts';

/** A phone photo: 4000×3000, rotated by its EXIF orientation, with GPS and camera metadata. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#7a8a6b' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'Phone maker', Model: 'Phone 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '18/1 26/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 35/1 0/1' },
    })
    .toBuffer();
}

describe('evidence photos', () => {
  it('turns a phone photo upright, shrinks it to 1600 px and strips every piece of metadata', async () => {
    const original = await phonePhoto();
    expect((await sharp(original).metadata()).exif).toBeInstanceOf(Buffer);
    expect(original.toString('latin1')).toContain('Phone maker');
    const read = await preparePhoto(original);
    if (!read.ok) throw new Error(read.problems[0]!.code);
    const prepared = read.value;
    // Orientation 6 means the camera was turned: the stored photo is portrait.
    expect([prepared.width, prepared.height]).toEqual([1200, 1600]);
    const stored = await sharp(prepared.bytes).metadata();
    expect(stored.format).toBe('jpeg');
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    expect(prepared.bytes.toString('latin1')).not.toContain('Phone maker');
    expect(prepared.key).toMatch(/^[0-9a-f]{64}\.jpg$/);
  });

  it('keeps a small PNG at its own size', async () => {
    const png = await sharp({ create: { width: 320, height: 240, channels: 4, background: '#fff' } })
      .png()
      .toBuffer();
    expect(await preparePhoto(png)).toMatchObject({ ok: true, value: { width: 320, height: 240 } });
  });

  it('refuses what is not a photo: text, an SVG, a truncated JPEG, nothing at all', async () => {
    expect(await preparePhoto(new TextEncoder().encode('không phải ảnh'))).toEqual({
      ok: false,
      problems: [{ code: 'photoNotAnImage' }],
    });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    expect(await preparePhoto(new TextEncoder().encode(svg))).toEqual({
      ok: false,
      problems: [{ code: 'photoNotAnImage' }],
    });
    const jpeg = await phonePhoto();
    expect(await preparePhoto(jpeg.subarray(0, jpeg.length / 2))).toEqual({
      ok: false,
      problems: [{ code: 'photoNotAnImage' }],
    });
    expect(await preparePhoto(new Uint8Array())).toEqual({ ok: false, problems: [{ code: 'photoMissing' }] });
  });

  it('refuses a file over 15 MB without reading it', async () => {
    expect(await preparePhoto(new Uint8Array(maximumPhotoBytes + 1))).toEqual({
      ok: false,
      problems: [{ code: 'photoTooLarge' }],
    });
  });

  it('refuses an image whose dimensions would take gigabytes to decode', async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    expect(await preparePhoto(bomb)).toEqual({ ok: false, problems: [{ code: 'photoNotAnImage' }] });
  });
});

describe('the evidence store on disk', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'evidence-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const store = diskEvidenceStore(folder);

  it('prepares an uploaded photo under its content hash, writes it only when kept, and gives it back', async () => {
    const upload = new File([new Uint8Array(await phonePhoto())], 'IMG_0001.jpg', { type: 'image/jpeg' });
    const prepared = await prepareUploadedPhoto(store, upload);
    if (!prepared.ok || !prepared.value) throw new Error('not prepared');
    const { key } = prepared.value;
    expect(await store.get(key)).toBeUndefined();
    await prepared.value.keep();
    const again = await prepareUploadedPhoto(store, upload);
    expect(again.ok && again.value?.key).toBe(key);
    expect((await sharp((await store.get(key))!).metadata()).width).toBe(1200);
  });

  it('keeps one photo sent twice at once: two officials may upload the same picture together', async () => {
    const key = `${'ab'.repeat(32)}.jpg`;
    const bytes = Buffer.from('the same photo');
    await Promise.all(Array.from({ length: 8 }, () => store.put(key, bytes)));
    expect(await store.get(key)).toEqual(bytes);
  });

  it('treats an empty file field as no photo, and unknown or malformed keys as missing', async () => {
    expect(await prepareUploadedPhoto(store, new File([], ''))).toEqual({ ok: true, value: null });
    expect(await prepareUploadedPhoto(store, null)).toEqual({ ok: true, value: null });
    expect(await store.get(`${'0'.repeat(64)}.jpg`)).toBeUndefined();
    expect(await store.get('../../etc/passwd')).toBeUndefined();
  });
});
