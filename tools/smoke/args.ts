/** The smoke command's options. */
export interface SmokeArgs {
  /** The cdktf output directory. @default "cdktf.out" */
  readonly outdir: string;
  readonly stack?: string;
  readonly connector?: string;
  /** The text to speak. @default DEFAULT_TEXT */
  readonly text: string;
  /** The voice id; when absent, the first voice of the list (of the body's language). */
  readonly voice?: string;
  /** Another base URL for both requests (a proxy, a test server). */
  readonly endpoint?: string;
  /** Where to write the audio. @default - `<outdir>/smoke/<stack>.<connector>.wav` */
  readonly out?: string;
  readonly help: boolean;
}

/** Spoken when `--text` is not given: short, plain, and recognizable on a phone line. */
export const DEFAULT_TEXT = "Hello from Genesys Cloud and Cartesia. This is a smoke test of the text to speech connector.";

/** `cartesia-genesys smoke --help`: the options, where the key comes from, and the exit statuses. */
export const USAGE = `usage: cartesia-genesys smoke [cdktf.out] [--stack S] [--connector C] [--text "..."] [--voice ID] [--endpoint URL] [--out file.wav]

Sends the requests the Genesys TTS Connector will send to Cartesia, before you deploy:
the voice list (GET on the List Voices URI) and one synthesis (the Synthesize Text URI with
synthesizeBody, "$text" and "$voice" filled in), with the credential's fields as headers.

  cdktf.out          the synthesized app (default: cdktf.out; run npm run synth first)
  --stack S          the stack, when several hold connectors
  --connector C      the connector: construct id or path, resource address, or integration name
  --text "..."       what to say (default: a short test sentence)
  --voice ID         the voice id (default: the first voice of the list, in the body's language)
  --endpoint URL     send both requests to this base URL instead (a proxy or a test server)
  --out FILE         where to write the audio (default: <cdktf.out>/smoke/<stack>.<connector>.wav)

The key comes from the environment, never from cdktf.out: CARTESIA_API_KEY, else TF_VAR_<name> of the
variable the credential references (TF_VAR_cartesia_api_key for the default app). Without a key (and
without --endpoint) nothing is sent: the command prints the requests it would send, key masked, checks
them against Cartesia's contract, and exits 0 when they pass. With --endpoint and no key, the requests
go out without the key header (for a proxy that adds it).

Exit status: 0 passed (or nothing sent and the requests check out), 1 a check or a request failed,
2 bad usage or nothing to test.`;

const WITH_VALUE = new Set(["--stack", "--connector", "--text", "--voice", "--endpoint", "--out"]);

/** Parses the command line; throws an Error whose message says what is wrong. */
export function parseSmokeArgs(argv: readonly string[]): SmokeArgs {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (!WITH_VALUE.has(name)) throw new Error(`unknown option ${name}`);
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      // `--text ""` is a value, `--text --voice x` is a mistake.
      if (value === undefined || (eq === -1 && value.startsWith("--"))) throw new Error(`${name} needs a value`);
      if (name in values) throw new Error(`${name} given twice`);
      values[name] = value;
      continue;
    }
    positional.push(arg);
  }
  if (positional.length > 1) throw new Error(`one cdktf output directory at most; got ${positional.map((p) => JSON.stringify(p)).join(", ")}`);
  return {
    outdir: positional[0] ?? "cdktf.out",
    stack: values["--stack"],
    connector: values["--connector"],
    text: values["--text"] ?? DEFAULT_TEXT,
    voice: values["--voice"],
    endpoint: values["--endpoint"],
    out: values["--out"],
    help,
  };
}
