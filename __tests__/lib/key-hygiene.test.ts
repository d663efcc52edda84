import { Lazy, Token } from "cdktf";
import { containsKeyLike, findKeyLike, findKeyShaped, keyShapedIn, maskSecret, redactKeys } from "../../lib/private/key-hygiene";
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

// ---------------------------------------------------------------------------------------------
// The one detector, through every disguise. Every disguised sample is built here, at run time.

const percentAll = (text: string) => [...text].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join("");
const insertAt = (text: string, at: number, inserted: string) => `${text.slice(0, at)}${inserted}${text.slice(at)}`;

/** A key, hidden one way: how, the text, and what the detector must say it found. */
const DISGUISES: readonly [string, string, ReturnType<typeof findKeyLike>][] = [
  ["plain, in prose", `old key: ${KEY}.`, { key: KEY }],
  ["a zero-width space inside the prefix", insertAt(KEY, 3, "\u200b"), { key: KEY, disguise: "behind invisible characters" }],
  ["a soft hyphen after the prefix", insertAt(KEY, 9, "\u00ad"), { key: KEY, disguise: "behind invisible characters" }],
  ["a word joiner and a byte-order mark", insertAt(insertAt(KEY, 12, "\u2060"), 5, "\ufeff"), { key: KEY, disguise: "behind invisible characters" }],
  ["a Unicode tag character (astral)", insertAt(KEY, 10, "\u{e0041}"), { key: KEY, disguise: "behind invisible characters" }],
  ["a variation selector", insertAt(KEY, 8, "\ufe0f"), { key: KEY, disguise: "behind invisible characters" }],
  ["a right-to-left mark", insertAt(KEY, 2, "\u200f"), { key: KEY, disguise: "behind invisible characters" }],
  ["a NUL byte", insertAt(KEY, 4, "\u0000"), { key: KEY, disguise: "behind invisible characters" }],
  ["underscores percent-encoded", KEY.replace(/_/g, "%5F"), { key: KEY, disguise: "percent-encoded" }],
  ["every character percent-encoded", percentAll(KEY), { key: KEY, disguise: "percent-encoded" }],
  ["percent-encoded twice", KEY.replace(/_/g, "%255F"), { key: KEY, disguise: "percent-encoded" }],
  ["JSON escapes", KEY.replace(/_/g, "\\u005f"), { key: KEY, disguise: "written with escape sequences" }],
  ["HCL's long escape", KEY.replace(/c/g, "\\U00000063"), { key: KEY, disguise: "written with escape sequences" }],
  ["numeric HTML entities", KEY.replace(/_/g, "&#95;"), { key: KEY, disguise: "written with escape sequences" }],
  ["Markdown escapes", KEY.replace(/_/g, "\\_"), { key: KEY, disguise: "written with escape sequences" }],
  ["join of two literals", `\${join("", ["${KEY.slice(0, 7)}", "${KEY.slice(7)}"])}`, { key: KEY, disguise: "split across an expression" }],
  ["a literal next to an interpolation", `${KEY.slice(0, 5)}\${"${KEY.slice(5)}"}`, { key: KEY, disguise: "split across an expression" }],
  ["nested templates", `\${"${KEY.slice(0, 4)}\${"${KEY.slice(4)}"}"}`, { key: KEY, disguise: "split across an expression" }],
  [
    "join with the underscores as separator",
    `\${join("_", [${KEY.split("_")
      .map((p) => `"${p}"`)
      .join(", ")}])}`,
    { key: KEY.replace(/_/g, ""), disguise: "split across an expression" },
  ],
  [
    "format with verbs between the parts",
    `\${format("%s_%s_%s", "sk", "car", "${KEY.slice(7)}")}`,
    { key: `skcar${KEY.slice(7)}`, disguise: "split across an expression" },
  ],
  [
    "a split inside JSON-escaped text",
    JSON.stringify({ v: `\${join("", ["${KEY.slice(0, 7)}", "${KEY.slice(7)}"])}` }),
    { key: KEY, disguise: "split across an expression" },
  ],
  ["base64 in base64decode()", `\${base64decode("${Buffer.from(KEY).toString("base64")}")}`, { key: KEY, disguise: "base64-encoded" }],
  ["base64url after a prefix, each alignment", Buffer.from(`ab${KEY}`).toString("base64url"), { key: KEY, disguise: "base64-encoded" }],
  ["base64 with one leading byte", Buffer.from(`:${KEY}`).toString("base64"), { key: KEY, disguise: "base64-encoded" }],
];

describe("findKeyLike sees a key through every disguise", () => {
  test.each(DISGUISES)("%s", (_how, text, expected) => {
    expect(findKeyLike(text)).toEqual(expected);
    expect(containsKeyLike(text)).toBe(true);
    // Redacted, nothing key-shaped is left in any view of the text, and redacting again changes nothing.
    const redacted = redactKeys(text);
    expect(keyShapedIn(redacted)).toEqual([]);
    expect(redactKeys(redacted)).toBe(redacted);
  });

  test("the catalogue holds at least 20 disguises", () => {
    expect(DISGUISES.length).toBeGreaterThanOrEqual(20);
  });

  test("one whole cdktf token is an opaque reference; text around a token is still looked through", () => {
    const token = Token.asString(Lazy.stringValue({ produce: () => "anything" }));
    expect(token).toMatch(/^\$\{TfToken\[TOKEN\.\d+\]\}$/);
    expect(findKeyLike(token)).toBeUndefined();
    expect(findKeyLike(`${token}${KEY.replace(/_/g, "%5F")}`)).toEqual({ key: KEY, disguise: "percent-encoded" });
    expect(findKeyLike(`\${join("", ["${KEY.slice(0, 9)}", "${KEY.slice(9)}", ${token}])}`)).toEqual({ key: KEY, disguise: "split across an expression" });
  });

  test("what is not a key stays unflagged and unchanged", () => {
    const benign = [
      "Genesys TTS Connector: Cartesia",
      "100% of calls, ${var.name}, $${literal}, %%{literal}",
      "Cartesia API key (sk_car_...) for the Genesys TTS Connector; not an admin key (sk_car_admin_...).",
      '${startswith(var.cartesia_api_key, "sk_car_admin_")}',
      '${join("-", ["desk", "carpet"])}',
      "https://api.cartesia.ai/tts/bytes?x=%20y ttsConnectorSynthesizeURI c2tfY2Fy",
      "naïve café — emoji 👩‍💻 and ZWJ sequences",
    ];
    for (const text of benign) {
      expect(keyShapedIn(text)).toEqual([]);
      expect(redactKeys(text)).toBe(text);
    }
  });

  test("findKeyShaped skips prose; keyShapedIn lists every key, each once", () => {
    expect(findKeyShaped("keys look like sk_car_... and sk_car_admin_...")).toBeUndefined();
    expect(keyShapedIn(`${KEY} ${KEY.replace(/_/g, "%5F")} ${KEY}`)).toEqual([KEY]);
  });
});

describe("redactKeys masks a disguised key whole, and an environment secret in any disguise", () => {
  test("the run or expression that hides a key is masked whole; the text around it stays", () => {
    expect(redactKeys(`url=https://proxy.example.com/?k=${KEY.replace(/_/g, "%5F")} next`)).toBe("…(masked, 78 characters) next");
    expect(redactKeys(`"X-Api-Key":"\${join("", ["${KEY.slice(0, 7)}", "${KEY.slice(7)}"])}"`)).toBe('"X-Api-Key":"…(masked, 52 characters)"');
    // A key cut by an invisible character: masked from its start, nothing of it left plainly behind.
    expect(redactKeys(insertAt(KEY, 12, "\u00ad"))).toBe("sk_car_…(masked, 32 characters)");
  });

  test("a registered secret is masked percent-encoded or escaped too", () => {
    const secret = "hunter2-oauth-secret";
    expect(redactKeys(`echo ${encodeURIComponent("hunter2 oauth")} ${secret.replace(/-/g, "%2D")}`, [secret])).toBe(
      "echo hunter2%20oauth …(masked, 24 characters)",
    );
  });
});
