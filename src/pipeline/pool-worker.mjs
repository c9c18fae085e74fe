// Worker entry: TypeScript sources need tsx's loader, which a worker thread does not inherit
// from a parent that registered it programmatically (bin/parley.js).
import { register } from 'tsx/esm/api';

register();
await import('./pool-worker.ts');
