import type { LayerProducers } from '../store/types.js';
import type { Stage } from './stage.js';

/** Which stage of a pipeline adds each fact layer, for the store's provenance columns. */
export function producersOf(stages: readonly Stage[]): LayerProducers {
  const out: LayerProducers = {};
  for (const s of stages) {
    for (const layer of s.adds) {
      if (layer === 'actors' || layer === 'places' || layer === 'dates' || layer === 'quotes' || layer === 'events' || layer === 'demands' || layer === 'figures') {
        out[layer] = { name: s.name, version: s.version };
      }
    }
  }
  return out;
}
