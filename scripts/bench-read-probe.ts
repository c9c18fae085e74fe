/**
 * The reader half of the ingest benchmark, in its own process as a server would be: opens the
 * database the benchmark ingests into and, once a second, asks what `GET /api/processes` and a
 * process page ask (`processes()`, then `getProcess()` of the first). On the message 'stop' it
 * sends back how long each read took (ms) and exits.
 *
 *   (forked by scripts/bench-ingest.ts)  bench-read-probe.ts <db>
 */
import { openSqliteStore } from '../src/store/open.js';

const store = await openSqliteStore(process.argv[2]);
const times: number[] = [];
let stopping = false;
process.on('message', (m) => {
  if (m === 'stop') stopping = true;
});
process.send?.('ready');
while (!stopping) {
  const t = performance.now();
  const list = await store.processes();
  if (list[0]) await store.getProcess(list[0].id);
  times.push(performance.now() - t);
  await new Promise((r) => setTimeout(r, 1000));
}
await store.close();
process.send?.({ times }, () => process.exit(0));
