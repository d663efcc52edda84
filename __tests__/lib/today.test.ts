import { today } from "../../lib/private/today";
import { fakeToday } from "../support/clock";

afterEach(() => jest.useRealTimers());

test("today is the UTC date, and follows the clock across midnight", () => {
  fakeToday(new Date("2026-10-19T23:59:59.999Z"));
  expect(today()).toBe("2026-10-19");
  jest.setSystemTime(new Date("2026-10-20T00:00:00.000Z"));
  expect(today()).toBe("2026-10-20");
  jest.setSystemTime(new Date("2024-02-29T12:00:00Z"));
  expect(today()).toBe("2024-02-29");
});

test("without a fake clock, it is what Date says", () => {
  expect(today()).toBe(new Date().toISOString().slice(0, 10));
});
