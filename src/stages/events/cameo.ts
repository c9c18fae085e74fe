/** The closest CAMEO code of a PLOVER type and mode (data/plover/cameo.json). */
import { loadData } from '../../nlp/lexicon.js';

export function cameoOf(type: string, mode: string | null): string | null {
  const { codes } = loadData<{ codes: Record<string, { cameo: string }> }>('plover/cameo.json');
  return (mode ? codes[`${type}/${mode}`]?.cameo : undefined) ?? codes[type]?.cameo ?? null;
}
