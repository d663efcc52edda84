/** A clock for commands that wait: `sleep` returns at once and moves `now`, so no test waits for real backoff. */
export interface FakeClock {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Every wait asked for, in milliseconds. */
  readonly sleeps: number[];
}

export function fakeClock(): FakeClock {
  let time = 0;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: (ms) => {
      sleeps.push(ms);
      time += ms;
      return Promise.resolve();
    },
    sleeps,
  };
}
