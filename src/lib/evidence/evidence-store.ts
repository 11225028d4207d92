import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isPhotoKey, maximumPhotoBytes, preparePhoto, type PhotoProblem } from './photo.ts';
import { ok, refused, type Result } from '../forms/result.ts';

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
      // Written aside and renamed: a reader never sees half a photo. Each write has its own name
      // aside, so that two requests keeping the same photo at once do not rename one file twice.
      const partial = `${file}.${randomUUID()}.partial`;
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

/** A photo prepared from an upload: its key, and how to keep it once what it is evidence of is allowed. */
export interface PreparedUpload {
  key: string;
  keep(): Promise<void>;
}

/**
 * Prepares the photo from a form's file field (src/lib/forms/read-form.ts) for `store`, writing
 * nothing: the operation it belongs to keeps it only once allowed, so that a refused one leaves no
 * file behind. No file means no photo (null). A refusal belongs to the field `photo`.
 */
export async function prepareUploadedPhoto(
  store: EvidenceStore,
  value: unknown,
): Promise<Result<PreparedUpload | null, Exclude<PhotoProblem, 'photoMissing'>>> {
  if (!(value instanceof File) || value.size === 0) return ok(null);
  if (value.size > maximumPhotoBytes) return refused('photoTooLarge', { field: 'photo' });
  const prepared = await preparePhoto(new Uint8Array(await value.arrayBuffer()));
  // An empty field was no photo (above), so the problem is the file's size or content.
  if (!prepared.ok)
    return refused(prepared.problems[0]!.code === 'photoTooLarge' ? 'photoTooLarge' : 'photoNotAnImage', {
      field: 'photo',
    });
  const { key, bytes } = prepared.value;
  return ok({ key, keep: () => store.put(key, bytes) });
}
