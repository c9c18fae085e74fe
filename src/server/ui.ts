/** Where the built UI lives, and building it (vite) when it is missing or asked for. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export function uiBuilt(): boolean {
  return existsSync(`${WEB_DIST}index.html`);
}

/** Build web/ into web/dist (or `outDir`) with vite (a dev dependency: present after `npm ci`). */
export async function buildUi(outDir: string = WEB_DIST): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('cannot build the UI: vite is not installed (run npm ci, which installs dev dependencies)');
  }
  await vite.build({ configFile: `${WEB_DIR}vite.config.ts`, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}
