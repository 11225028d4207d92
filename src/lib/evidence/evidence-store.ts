import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isPhotoKey, maximumPhotoBytes, preparePhoto, type PhotoProblem } from './photo.ts';

/**
 * Where evidence photos are kept. On disk by default (EVIDENCE_DIR); another store (object
 * storage shared by several servers) implements the same two methods.
 */
export interface EvidenceStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | undefined>;
}

/** The store the portal is configured with. */
export function evidenceStoreOf(environment: { EVIDENCE_DIR: string }): EvidenceStore {
  return diskEvidenceStore(environment.EVIDENCE_DIR);
}

export function diskEvidenceStore(folder: string): EvidenceStore {
  const fileOf = (key: string) => {
    if (!isPhotoKey(key)) throw new Error(`Not an evidence key: ${key}`);
    // Two levels of folders by hash prefix keep any one folder small.
    return path.join(folder, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed: a reader never sees half a photo.
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, file);
    },
    async get(key) {
      if (!isPhotoKey(key)) return undefined;
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
  };
}

/** Prepares and keeps the photo from a form's file field; an empty field means no photo. */
export async function keepUploadedPhoto(
  store: EvidenceStore,
  value: FormDataEntryValue | null,
): Promise<{ photoKey: string | null } | { problem: Exclude<PhotoProblem, 'photoMissing'> }> {
  if (!(value instanceof File) || value.size === 0) return { photoKey: null };
  if (value.size > maximumPhotoBytes) return { problem: 'photoTooLarge' };
  const prepared = await preparePhoto(new Uint8Array(await value.arrayBuffer()));
  // An empty field was no photo (above), so the problem is the file's size or content.
  if ('problem' in prepared)
    return { problem: prepared.problem === 'photoTooLarge' ? 'photoTooLarge' : 'photoNotAnImage' };
  await store.put(prepared.key, prepared.bytes);
  return { photoKey: prepared.key };
}
