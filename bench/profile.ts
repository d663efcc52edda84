/**
 * A CPU profile of the measured run alone (not module loading or the warm-up), for `--cpu-prof`. The
 * inspector session of the process's own thread answers synchronously, so start and stop bracket the
 * run exactly.
 */
import * as fs from "node:fs";
import { Session } from "node:inspector";

/** Set by the bench's `--cpu-prof DIR` for a case's process: profile its measured run into `<value>.cpuprofile`. */
export const PROFILE_ENV = "BENCH_CPU_PROFILE";

/** Microseconds between samples: finer than `node --cpu-prof`'s default of 1 ms, for runs of a second or two. */
const SAMPLING_INTERVAL_US = 200;

/** Starts profiling this thread; the returned function stops and writes the profile to `file` (Chrome DevTools' `.cpuprofile`). */
export function startProfile(): (file: string) => void {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): unknown => {
    let outcome: { error: Error | null; result?: unknown } | undefined;
    session.post(method, params, (error, result) => (outcome = { error, result }));
    if (!outcome) throw new Error(`inspector ${method} did not answer synchronously`);
    if (outcome.error) throw outcome.error;
    return outcome.result;
  };
  post("Profiler.enable");
  post("Profiler.setSamplingInterval", { interval: SAMPLING_INTERVAL_US });
  post("Profiler.start");
  return (file) => {
    const { profile } = post("Profiler.stop") as { profile: unknown };
    session.disconnect();
    fs.writeFileSync(file, JSON.stringify(profile));
  };
}
