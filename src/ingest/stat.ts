import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { InputError } from './errors.js';

/** `stat` of a path the user named, or an InputError saying in one line why it cannot be read. */
export async function statInput(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file or directory' : `cannot be read (${code})`);
  }
}
