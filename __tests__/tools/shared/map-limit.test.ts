/** Connectors and integrations are read a few at a time: results in order, never more in flight than the bound. */
import { mapLimit } from "../../../tools/shared/map-limit";

test("at most `limit` calls in flight, results in the order of the items", async () => {
  let inFlight = 0;
  let most = 0;
  const releases: (() => void)[] = [];
  const run = mapLimit([1, 2, 3, 4, 5, 6], 2, async (n) => {
    most = Math.max(most, ++inFlight);
    await new Promise<void>((resolve) => releases.push(resolve));
    inFlight--;
    return n * 10;
  });
  // Release in reverse order of arrival, to show the order of results does not follow completion.
  while (releases.length > 0 || inFlight > 0) {
    await Promise.resolve();
    releases.pop()?.();
  }
  expect(await run).toEqual([10, 20, 30, 40, 50, 60]);
  expect(most).toBe(2);
});

test("no items, no calls", async () => {
  expect(await mapLimit([], 4, () => Promise.reject(new Error("called")))).toEqual([]);
});
