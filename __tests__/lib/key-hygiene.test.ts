import { containsKeyLike, maskSecret, redactKeys } from "../../lib/private/key-hygiene";
import { TEST_KEYS } from "../support/test-keys";

const [KEY, , ADMIN_KEY] = TEST_KEYS;

describe("maskSecret", () => {
  test("keeps the kind of key and its length, no character of its own, and no quotes", () => {
    expect([maskSecret(KEY), maskSecret(ADMIN_KEY), maskSecret("an oauth secret")]).toEqual([
      "sk_car_…(masked, 31 characters)",
      "sk_car_admin_…(masked, 32 characters)",
      "…(masked, 15 characters)",
    ]);
  });

  test("a mask does not itself look like a key", () => {
    expect(containsKeyLike(maskSecret(KEY))).toBe(false);
  });
});

describe("redactKeys", () => {
  test("masks the given secrets and anything key-like, keeps advice that names key prefixes", () => {
    expect(redactKeys(`k=${KEY} other=sk_car_someone_elses_key_123 prefix sk_car_admin_... short abcd`, ["abcd", "xyz"])).toBe(
      "k=sk_car_…(masked, 31 characters) other=sk_car_…(masked, 28 characters) prefix sk_car_admin_... short …(masked, 4 characters)",
    );
  });

  test("masks a secret that contains another one whole", () => {
    expect(redactKeys("token=abcdefgh", ["abcd", "abcdefgh"])).toBe("token=…(masked, 8 characters)");
  });

  test("leaves secrets too short to search for, and changes nothing when run twice", () => {
    const once = redactKeys(`${KEY} ab`, ["ab"]);
    expect(once).toBe("sk_car_…(masked, 31 characters) ab");
    expect(redactKeys(once)).toBe(once);
  });

  test("the masked form can stand inside JSON", () => {
    const text = redactKeys(JSON.stringify({ key: KEY }));
    expect(JSON.parse(text)).toEqual({ key: "sk_car_…(masked, 31 characters)" });
  });
});
