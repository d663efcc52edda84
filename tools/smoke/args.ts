import { PROPERTY_LABELS } from "../../lib/connector-config";
import type { CommandSpec } from "../shared/cli/command-spec";

/** Spoken when `--text` is not given: short, plain, and recognizable on a phone line. */
export const DEFAULT_TEXT = "Hello from Genesys Cloud and Cartesia. This is a smoke test of the text to speech connector.";

/** `cartesia-genesys smoke`: its options, once. */
export const spec = {
  name: "smoke",
  summary: "send the requests the connector will send to Cartesia, before deploying",
  positional: { name: "cdktf.out", description: "the synthesized app (run cdktf synth or cdktn synth first)", default: "cdktf.out" },
  options: {
    stack: { type: "string", value: "S", description: "the stack, when several hold connectors" },
    connector: { type: "string", value: "C", description: "the connector: construct id or path, resource address, or integration name" },
    text: { type: "string", value: '"..."', description: "what to say (default: a short test sentence)" },
    voice: { type: "string", value: "ID", description: "the voice id (default: the first voice of the list, in the body's language)" },
    endpoint: { type: "string", value: "URL", description: "send both requests to this base URL instead (a proxy or a test server)" },
    out: { type: "string", value: "FILE", description: "where to write the audio (default: <cdktf.out>/smoke/<stack>.<connector>.wav)" },
    "fail-on": {
      type: "string",
      value: "warning",
      description: "exit 1, sending nothing, when a check warns (such as a URI that sends the key to a host that is not Cartesia's or apiBaseUrl's)",
      choices: ["warning"],
    },
  },
  details: [
    `Sends what the Genesys TTS Connector will send to Cartesia: the voice list (GET on the ${PROPERTY_LABELS.voicesUri}) and one synthesis (the ${PROPERTY_LABELS.synthesizeUri} with synthesizeBody, "$text" and "$voice" filled in), with the credential's fields as headers.`,
    "The key comes from the environment, never from cdktf.out: CARTESIA_API_KEY, else TF_VAR_<name> of the variable the credential references (TF_VAR_cartesia_api_key for the default app). Without a key (and without --endpoint) nothing is sent: the command prints the requests it would send, key masked, checks them against Cartesia's contract, and exits 0 when they pass. With --endpoint and no key, the requests go out without the key header (for a proxy that adds it). A secret (the key, or any header whose value came from one, whatever its name) is sent over plain HTTP only to loopback. A URI that sends the key to a host that is neither Cartesia's nor the declared apiBaseUrl's is a warning; --fail-on warning makes any warning a failure, and nothing is sent.",
  ],
  exitCodes: {
    0: "passed (or nothing was sent and the requests check out)",
    1: "a check or a request failed",
    2: "bad usage: an unknown flag, no connector to test, an --endpoint that is not a base URL",
  },
} as const satisfies CommandSpec;
