import { mapWithConcurrency } from "../../../../tools/shared/terraform/concurrency";

test("results keep the input order, and no more than the limit run at once", async () => {
  let running = 0;
  let most = 0;
  const results = await mapWithConcurrency([5, 1, 4, 2, 3], 2, async (n, i) => {
    running++;
    most = Math.max(most, running);
    for (let k = 0; k < n; k++) await Promise.resolve();
    running--;
    return `${i}:${n}`;
  });
  expect(results).toEqual(["0:5", "1:1", "2:4", "3:2", "4:3"]);
  expect(most).toBe(2);
  expect(await mapWithConcurrency([], 2, () => Promise.resolve(1))).toEqual([]);
});
