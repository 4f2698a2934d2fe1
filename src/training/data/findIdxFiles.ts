import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IDX_FILE_NAMES, type IdxFileName } from './catalog';

export interface IdxFolder {
  dir: string;
  /** The path of each file found, plain or with `.gz`; plain wins when both exist. */
  found: Partial<Record<IdxFileName, string>>;
  missing: IdxFileName[];
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function findOne(dir: string, name: IdxFileName): Promise<string | null> {
  for (const candidate of [join(dir, name), join(dir, `${name}.gz`)]) {
    if (await isFile(candidate)) {
      return candidate;
    }
  }
  return null;
}

export async function findIdxFiles(dir: string): Promise<IdxFolder> {
  const paths = await Promise.all(IDX_FILE_NAMES.map((name) => findOne(dir, name)));

  const folder: IdxFolder = { dir, found: {}, missing: [] };
  IDX_FILE_NAMES.forEach((name, i) => {
    const path = paths[i];
    if (path) {
      folder.found[name] = path;
    } else {
      folder.missing.push(name);
    }
  });
  return folder;
}

export function isComplete(
  folder: IdxFolder,
): folder is IdxFolder & { found: Record<IdxFileName, string> } {
  return folder.missing.length === 0;
}
