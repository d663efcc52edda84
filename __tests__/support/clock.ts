/**
 * Fakes only the date (`Date`, `Date.now`), at `now`: the construct reads today's date for model
 * sunsets, while timers, microtasks and the performance clock keep running for real.
 */
export function fakeToday(now: Date): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      "nextTick",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
      "queueMicrotask",
      "hrtime",
      "performance",
    ],
  });
}
