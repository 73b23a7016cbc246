import { summarise, type LoadFigures } from './stats';

/** One unit of work for a virtual client; resolves true when it succeeded. */
export type Work = (client: number) => Promise<boolean>;

/**
 * Runs `concurrency` clients in closed loops (each sends its next request when the last returns) for a
 * warm-up, then for the measured window, and reports latency percentiles and throughput for the window.
 */
export async function runLoad(
  work: Work,
  concurrency: number,
  options: { warmupSeconds: number; seconds: number; maxRequests?: number },
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let measuring = false;
  let stop = false;
  const loop = async (client: number) => {
    while (!stop) {
      const started = process.hrtime.bigint();
      let ok = false;
      try {
        ok = await work(client);
      } catch {
        ok = false;
      }
      if (!measuring) continue;
      if (ok) latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      else errors++;
      if (options.maxRequests !== undefined && latencies.length + errors >= options.maxRequests) stop = true;
    }
  };
  const loops = Array.from({ length: concurrency }, (_, client) => loop(client));
  await sleep(options.warmupSeconds * 1_000);
  measuring = true;
  const started = process.hrtime.bigint();
  await Promise.race([sleep(options.seconds * 1_000), Promise.all(loops)]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const figures = summarise(latencies, errors, seconds);
  stop = true;
  await Promise.all(loops);
  return figures;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
