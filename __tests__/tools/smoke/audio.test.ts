import type { OutputFormatJson } from "../../../lib";
import { bytesPerSecond, checkAudio } from "../../../tools/smoke/audio-checks";
import { layer3BitRateRepresentable, scanMp3 } from "../../../tools/smoke/mp3-frames";
import { parseWav, wavFile } from "../../../tools/smoke/wav";
import { render } from "../../support/fake-cartesia";

const TELEPHONY: OutputFormatJson = { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 };

describe("bytes per second of each declared format", () => {
  test.each<[OutputFormatJson, number]>([
    [TELEPHONY, 16000],
    [{ container: "raw", encoding: "pcm_mulaw", sample_rate: 8000 }, 8000],
    [{ container: "wav", encoding: "pcm_alaw", sample_rate: 16000 }, 16000],
    [{ container: "raw", encoding: "pcm_f32le", sample_rate: 48000 }, 192000],
    [{ container: "wav", encoding: "pcm_s16le", sample_rate: 22050 }, 44100],
    [{ container: "mp3", sample_rate: 44100, bit_rate: 128000 }, 16000],
    [{ container: "mp3", sample_rate: 8000, bit_rate: 32000 }, 4000],
  ])("%j: %d", (format, expected) => {
    expect(bytesPerSecond(format)).toBe(expected);
  });
});

describe("raw PCM", () => {
  test("two seconds of pcm_s16le at 8 kHz are 32,000 bytes, fit, and become a playable WAV", () => {
    const verdict = checkAudio(render(TELEPHONY, 2), TELEPHONY);
    expect(verdict).toMatchObject({ bytes: 32000, audioBytes: 32000, durationSeconds: 2, expectedBytesPerSecond: 16000, fits: true, problems: [] });
    expect(verdict.notes).toEqual(["16000 whole pcm_s16le samples."]);
    const wav = parseWav(verdict.playable!.data);
    expect(typeof wav).toBe("object");
    expect(wav).toMatchObject({
      format: { code: 1, channels: 1, sampleRate: 8000, bitsPerSample: 16, blockAlign: 2 },
      declaredDataBytes: 32000,
      streamed: false,
    });
    expect(verdict.playable!.data.length).toBe(44 + 32000);
  });

  test("an odd byte count is not a whole number of samples", () => {
    const verdict = checkAudio(Buffer.concat([render(TELEPHONY, 1), Buffer.from([1])]), TELEPHONY);
    expect(verdict.fits).toBe(false);
    expect(verdict.problems).toEqual(["16001 bytes is not a whole number of 2-byte pcm_s16le samples (1 left over)."]);
  });

  test("a WAV file where raw PCM was declared would be played as noise", () => {
    const verdict = checkAudio(render({ container: "wav", encoding: "pcm_s16le", sample_rate: 8000 }, 1), TELEPHONY);
    expect(verdict.fits).toBe(false);
    expect(verdict.problems).toEqual(["raw PCM was declared, but the bytes are a WAV file (RIFF header): Genesys would play them as noise."]);
    expect(verdict.durationSeconds).toBeUndefined();
    expect(verdict.playable).toBeUndefined();
  });

  test("an MP3 stream or a JSON error where raw PCM was declared", () => {
    expect(checkAudio(render({ container: "mp3", sample_rate: 8000, bit_rate: 32000 }, 1), TELEPHONY).problems).toEqual([
      "raw PCM was declared, but the bytes are an MP3 stream: Genesys would play them as noise.",
    ]);
    const json = Buffer.from('{"error_code":null,"title":"Oops","message":"x","request_id":"1"}');
    expect(checkAudio(json, TELEPHONY).problems[0]).toBe(
      'raw PCM was declared, but the bytes are text ("{\\"error_code\\":null,\\"title\\":\\"Oops\\",\\"message\\":\\"x\\",\\"request_id\\""): Genesys would play them as noise.',
    );
  });

  test("no bytes at all", () => {
    expect(checkAudio(Buffer.alloc(0), TELEPHONY).problems).toEqual(["no audio: 0 bytes."]);
  });

  test("silence (all zero) is audio, not a container", () => {
    expect(checkAudio(Buffer.alloc(1600), TELEPHONY)).toMatchObject({ fits: true, durationSeconds: 0.1 });
  });
});

describe("WAV", () => {
  const wav: OutputFormatJson = { container: "wav", encoding: "pcm_s16le", sample_rate: 8000 };

  test("a WAV of the declared format fits and keeps its duration", () => {
    const verdict = checkAudio(render(wav, 1.5), wav);
    expect(verdict).toMatchObject({ bytes: 44 + 24000, audioBytes: 24000, durationSeconds: 1.5, fits: true, problems: [], notes: [] });
  });

  test("a streamed header (open sizes) still fits; the file written gets real sizes", () => {
    const verdict = checkAudio(render(wav, 1, true), wav);
    expect(verdict.fits).toBe(true);
    expect(verdict.notes).toEqual(["the WAV header's sizes are left open (streamed); the data runs to the end of the response."]);
    const rewritten = parseWav(verdict.playable!.data);
    expect(rewritten).toMatchObject({ declaredDataBytes: 16000, streamed: false });
  });

  test("a header with another rate or encoding does not fit", () => {
    const verdict = checkAudio(render({ container: "wav", encoding: "pcm_mulaw", sample_rate: 16000 }, 1), wav);
    expect(verdict.problems).toEqual([
      "the WAV header says format 7 with 8-bit samples; pcm_s16le is format 1, 16-bit.",
      "the WAV header says 16000 Hz; 8000 Hz was declared.",
    ]);
    // Still written, with the header's own format, so a person can hear what came back.
    expect(parseWav(verdict.playable!.data)).toMatchObject({ format: { code: 7, sampleRate: 16000, bitsPerSample: 8 } });
  });

  test("a data chunk cut short", () => {
    const full = render(wav, 1);
    const verdict = checkAudio(full.subarray(0, full.length - 1000), wav);
    expect(verdict.problems).toEqual(["the WAV data chunk declares 16000 bytes but only 15000 arrived: the audio is cut short."]);
  });

  test("raw PCM where wav was declared", () => {
    expect(checkAudio(render(TELEPHONY, 1), wav).problems).toEqual([
      "wav was declared, but not a WAV file: it does not start with RIFF....WAVE (starts with 0x0000020d7a180d21).",
    ]);
  });

  test("wavFile writes the fmt chunk and fact chunk that G.711 and float need", () => {
    const file = wavFile(Buffer.alloc(8000, 0xff), "pcm_mulaw", 8000);
    expect(file.toString("ascii", 12, 16)).toBe("fmt ");
    expect(file.readUInt32LE(16)).toBe(18);
    expect(file.toString("ascii", 38, 42)).toBe("fact");
    expect(file.readUInt32LE(46)).toBe(8000);
    expect(parseWav(file)).toMatchObject({ format: { code: 7, channels: 1, sampleRate: 8000, bitsPerSample: 8, blockAlign: 1 }, declaredDataBytes: 8000 });
    expect(file.length).toBe(12 + 26 + 12 + 8 + 8000);
  });

  test("wavFile cuts a ragged end to whole samples", () => {
    const parsed = parseWav(wavFile(Buffer.alloc(7), "pcm_f32le", 16000));
    expect(parsed).toMatchObject({ declaredDataBytes: 4, format: { code: 3, bitsPerSample: 32 } });
  });
});

describe("MP3", () => {
  test("silent frames at 44.1 kHz / 128 kbit/s: duration from the frames, bytes near bit rate x time", () => {
    const format: OutputFormatJson = { container: "mp3", sample_rate: 44100, bit_rate: 128000 };
    const bytes = render(format, 2);
    const verdict = checkAudio(bytes, format);
    const frames = Math.ceil((2 * 44100) / 1152);
    expect(verdict).toMatchObject({ fits: true, problems: [], expectedBytesPerSecond: 16000, bytes: bytes.length, audioBytes: bytes.length });
    expect(verdict.durationSeconds).toBeCloseTo((frames * 1152) / 44100, 9);
    expect(verdict.notes).toEqual([`${frames} MPEG-1 layer III frames, mono.`]);
    expect(Math.abs(bytes.length - verdict.durationSeconds! * 16000)).toBeLessThan(1);
    expect(verdict.playable!.extension).toBe("mp3");
  });

  test("8 kHz is MPEG-2.5 with 576 samples a frame", () => {
    const format: OutputFormatJson = { container: "mp3", sample_rate: 8000, bit_rate: 32000 };
    const scan = scanMp3(render(format, 0.72));
    expect(scan.frames).toHaveLength(10);
    expect(scan.frames[0]).toMatchObject({ version: 2.5, layer: 3, sampleRate: 8000, bitRate: 32000, samples: 576, channels: 1, length: 288 });
    expect(scan.trailingBytes).toBe(0);
  });

  test("frames of another rate, and a cut-off last frame, do not fit", () => {
    const declared: OutputFormatJson = { container: "mp3", sample_rate: 44100, bit_rate: 128000 };
    const other = render({ container: "mp3", sample_rate: 48000, bit_rate: 64000 }, 1);
    const verdict = checkAudio(other.subarray(0, other.length - 10), declared);
    expect(verdict.fits).toBe(false);
    expect(verdict.problems).toEqual([
      "the frames say 48000 Hz; 44100 Hz was declared.",
      "the frames say 64 kbit/s; 128 kbit/s was declared.",
      "182 bytes after the last whole frame (the frame at byte 7872 needs 192 bytes; 182 remain): the stream is cut short or has foreign data.",
    ]);
  });

  test("192 kbit/s at 8 kHz cannot be stated in a frame: a note, not a failure", () => {
    expect(layer3BitRateRepresentable(8000, 192000)).toBe(false);
    expect(layer3BitRateRepresentable(44100, 192000)).toBe(true);
    const format: OutputFormatJson = { container: "mp3", sample_rate: 8000, bit_rate: 192000 };
    const verdict = checkAudio(render(format, 1), format);
    expect(verdict.fits).toBe(true);
    expect(verdict.notes[0]).toBe("the frames say 160 kbit/s; 192 kbit/s was declared, which an MP3 frame cannot state at 8000 Hz.");
  });

  test("an ID3 tag before the frames is skipped", () => {
    const format: OutputFormatJson = { container: "mp3", sample_rate: 24000, bit_rate: 64000 };
    const tag = Buffer.concat([Buffer.from("ID3\x04\x00\x00\x00\x00\x00\x0a", "latin1"), Buffer.alloc(10)]);
    const verdict = checkAudio(Buffer.concat([tag, render(format, 1)]), format);
    expect(verdict.fits).toBe(true);
    expect(scanMp3(Buffer.concat([tag, render(format, 1)])).id3Bytes).toBe(20);
  });

  test("PCM where mp3 was declared", () => {
    const verdict = checkAudio(render(TELEPHONY, 1), { container: "mp3", sample_rate: 8000, bit_rate: 32000 });
    expect(verdict.fits).toBe(false);
    expect(verdict.problems).toEqual([
      "mp3 was declared, but no MPEG audio frame was found (the bytes start with 0x0000020d7a180d21; no MP3 frame header at byte 0).",
    ]);
  });
});
