import { startFakeCartesia, TEST_API_KEY, type FakeCartesia } from "../../support/fake-cartesia";

// The smoke tests are only as strict as this stand-in: these pin that it refuses what Cartesia refuses.

const VOICE = "11111111-aaaa-4bbb-8ccc-000000000001";
const GOOD_HEADERS = { "Cartesia-Version": "2026-03-01", "X-API-Key": TEST_API_KEY, "Content-Type": "application/json" };
const GOOD_BODY = {
  model_id: "sonic-3-2026-01-12",
  transcript: "Hello",
  voice: { mode: "id", id: VOICE },
  output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 },
};

let fake: FakeCartesia;
beforeAll(async () => {
  fake = await startFakeCartesia({ seconds: () => 1 });
});
afterAll(() => fake.close());

async function tts(headers: Record<string, string>, body: unknown): Promise<{ status: number; type: string | null; text: string; bytes: number }> {
  const res = await fetch(`${fake.url}/tts/bytes`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
  const buffer = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get("content-type"), text: buffer.toString("utf8"), bytes: buffer.length };
}

test("it listens on loopback only", () => {
  expect(new URL(fake.url).hostname).toBe("127.0.0.1");
});

test("a valid request gets one second of raw pcm_s16le at 8 kHz: 16,000 bytes", async () => {
  expect(await tts(GOOD_HEADERS, GOOD_BODY)).toMatchObject({ status: 200, type: "application/octet-stream", bytes: 16000 });
});

test("Authorization: Bearer works as well as X-API-Key", async () => {
  const { "X-API-Key": _key, ...rest } = GOOD_HEADERS;
  expect((await tts({ ...rest, Authorization: `Bearer ${TEST_API_KEY}` }, GOOD_BODY)).status).toBe(200);
});

test("errors are the JSON object of API version 2026-03-01", async () => {
  const { status, type, text } = await tts({ ...GOOD_HEADERS, "X-API-Key": "sk_car_wrong_key_0000000000" }, GOOD_BODY);
  expect(status).toBe(401);
  expect(type).toBe("application/json");
  const error = JSON.parse(text);
  expect(Object.keys(error)).toEqual(["error_code", "title", "message", "request_id"]);
  expect(error).toMatchObject({ error_code: null, title: "Unauthorized", message: "You must be logged in to access this endpoint." });
  expect(error.request_id).toMatch(/^[0-9a-f-]{36}$/);
});

test("older API versions get plain-text errors", async () => {
  const { status, type, text } = await tts({ ...GOOD_HEADERS, "Cartesia-Version": "2025-04-16", "X-API-Key": "nope" }, GOOD_BODY);
  expect([status, type, text]).toEqual([401, "text/plain; charset=utf-8", "Unauthorized: You must be logged in to access this endpoint."]);
});

test.each<[string, Record<string, string>, unknown, number, string]>([
  ["no version header", { "X-API-Key": TEST_API_KEY, "Content-Type": "application/json" }, GOOD_BODY, 400, "Invalid Cartesia-Version header"],
  ["an unknown version", { ...GOOD_HEADERS, "Cartesia-Version": "2025-01-01" }, GOOD_BODY, 400, "Invalid Cartesia-Version header"],
  ["no key", { "Cartesia-Version": "2026-03-01", "Content-Type": "application/json" }, GOOD_BODY, 401, "Unauthorized"],
  ["an admin key", { ...GOOD_HEADERS, "X-API-Key": "sk_car_admin_not_a_real_key_01" }, GOOD_BODY, 403, "Forbidden"],
  ["a text body", { ...GOOD_HEADERS, "Content-Type": "text/plain" }, GOOD_BODY, 400, "Invalid request"],
  ["JSON that does not parse", GOOD_HEADERS, '{"model_id": ', 400, "Invalid request"],
  ["an empty transcript", GOOD_HEADERS, { ...GOOD_BODY, transcript: "" }, 400, "Invalid request"],
  ["an unknown voice", GOOD_HEADERS, { ...GOOD_BODY, voice: { mode: "id", id: "nope" } }, 404, "Not Found"],
  [
    "mp3 with an encoding",
    GOOD_HEADERS,
    { ...GOOD_BODY, output_format: { container: "mp3", encoding: "pcm_s16le", sample_rate: 8000, bit_rate: 32000 } },
    400,
    "Invalid request",
  ],
  ["mp3 without a bit rate", GOOD_HEADERS, { ...GOOD_BODY, output_format: { container: "mp3", sample_rate: 8000 } }, 400, "Invalid request"],
  ["raw at 7000 Hz", GOOD_HEADERS, { ...GOOD_BODY, output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 7000 } }, 400, "Invalid request"],
  ["wav without an encoding", GOOD_HEADERS, { ...GOOD_BODY, output_format: { container: "wav", sample_rate: 8000 } }, 400, "Invalid request"],
  ["raw with a bit rate", GOOD_HEADERS, { ...GOOD_BODY, output_format: { ...GOOD_BODY.output_format, bit_rate: 64000 } }, 400, "Invalid request"],
  ["language and locale", GOOD_HEADERS, { ...GOOD_BODY, language: "en", locale: "en-US" }, 400, "Invalid request"],
])("refuses %s", async (_name, headers, body, status, title) => {
  const answer = await tts(headers, body);
  expect(answer.status).toBe(status);
  expect(JSON.parse(answer.text).title).toBe(title);
});

test("the voice list answers {data:[{id,name,language,gender}]} and needs the key too", async () => {
  const ok = await fetch(`${fake.url}/voices/export`, { headers: GOOD_HEADERS });
  expect(ok.status).toBe(200);
  const { data } = (await ok.json()) as { data: unknown[] };
  expect(data[0]).toEqual({ id: VOICE, name: "Test Voice One", language: "en", gender: "feminine" });
  const refused = await fetch(`${fake.url}/voices/export`, { headers: { "Cartesia-Version": "2026-03-01" } });
  expect(refused.status).toBe(401);
});

test("it records each request as received", async () => {
  const before = fake.requests.length;
  await tts(GOOD_HEADERS, { ...GOOD_BODY, transcript: 'a "quoted" <break time="1s"/> 😀' });
  const recorded = fake.requests[before];
  expect(recorded.method).toBe("POST");
  expect(recorded.path).toBe("/tts/bytes");
  expect(recorded.headers["cartesia-version"]).toBe("2026-03-01");
  expect((recorded.json as { transcript: string }).transcript).toBe('a "quoted" <break time="1s"/> 😀');
});
