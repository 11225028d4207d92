import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { ok, refused, type Result } from '../forms/result.ts';
import { heavyWork } from '../http/heavy-work.ts';

/**
 * Photos that officials attach as evidence of a home's stage. Phone photos are large and carry
 * where they were taken: each is turned upright, shrunk to fit 1600 px, re-encoded as JPEG and
 * stripped of all metadata (GPS, camera, time) before it is stored.
 */

export const photoProblems = ['photoMissing', 'photoTooLarge', 'photoNotAnImage'] as const;
export type PhotoProblem = (typeof photoProblems)[number];

/** Larger uploads are refused before they are read. */
export const maximumPhotoBytes = 15 * 1024 * 1024;
const longestSide = 1600;
const acceptedFormats = new Set(['jpeg', 'png', 'webp']);

export interface PreparedPhoto {
  /** `<sha256 of the JPEG>.jpg`: the same photo uploaded twice is stored once. */
  key: string;
  bytes: Buffer;
  width: number;
  height: number;
}

export async function preparePhoto(upload: Uint8Array): Promise<Result<PreparedPhoto, PhotoProblem>> {
  if (upload.byteLength === 0) return refused('photoMissing');
  if (upload.byteLength > maximumPhotoBytes) return refused('photoTooLarge');
  // Decoded, a photo takes up to 60 million pixels' worth of memory: one at a time.
  return heavyWork(() => shrinkPhoto(upload));
}

async function shrinkPhoto(upload: Uint8Array): Promise<Result<PreparedPhoto, PhotoProblem>> {
  try {
    // A decompression bomb (a small file of huge dimensions) is refused by the pixel limit.
    const image = sharp(upload, { failOn: 'error', limitInputPixels: 60_000_000 });
    const { format } = await image.metadata();
    if (!format || !acceptedFormats.has(format)) return refused('photoNotAnImage');
    const { data, info } = await image
      .rotate()
      .resize({ width: longestSide, height: longestSide, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const key = `${createHash('sha256').update(data).digest('hex')}.jpg`;
    return ok({ key, bytes: data, width: info.width, height: info.height });
  } catch {
    return refused('photoNotAnImage');
  }
}

/** Whether a text is a key made by `preparePhoto`, before it is used as a file name. */
export function isPhotoKey(text: string): boolean {
  return /^[0-9a-f]{64}\.jpg$/.test(text);
}
