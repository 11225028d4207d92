import sharp from 'sharp';
import type { Database } from '../../../db/client.ts';
import { findBoundaryTopology } from '../units/store.ts';
import { mapPictureSvg } from './map-picture.ts';

export interface MapPicture {
  png: Buffer;
  /** Changes when the boundaries do: the picture's ETag. */
  version: string;
}

// Drawn once per place and boundary version, then kept: 35 pictures at most, ~30 KB each.
const made = new Map<string, Promise<MapPicture>>();

/** The share picture of the country (no `province`) or of one province; undefined without boundaries. */
export async function mapPicture(db: Database, province?: string): Promise<MapPicture | undefined> {
  const boundary = await findBoundaryTopology(db, 'provinces');
  if (!boundary) return undefined;
  const key = `${boundary.sha256}:${province ?? 'country'}`;
  let picture = made.get(key);
  if (!picture) {
    picture = sharp(Buffer.from(mapPictureSvg(boundary.topology, province)))
      .png({ palette: true })
      .toBuffer()
      .then((png) => ({ png, version: key }));
    made.set(key, picture);
    picture.catch(() => made.delete(key));
  }
  return picture;
}
