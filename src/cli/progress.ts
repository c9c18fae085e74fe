/**
 * Progress for long work: a bar with rate and ETA on a terminal, nothing when stderr is piped
 * (logs and scripts get the summary line only).
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** Advance by `n` items (default 1). */
  tick(n?: number): void;
  /** Raise the total when it is discovered as work goes (feeds, directories). */
  setTotal(total: number): void;
  stop(): void;
}

export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) return { tick() {}, setTotal() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {value}/{total} · {rate}/s · ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  bar.start(total, 0, { rate: '0.0' });
  return {
    tick(n = 1) {
      done += n;
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0.0' });
    },
    setTotal(t) {
      bar.setTotal(t);
    },
    stop() {
      bar.stop();
    },
  };
}
