/** What `cartesia-genesys review` was asked to do. */
export interface ReviewArgs {
  /** The head `cdktf.out`. */
  readonly outdir: string;
  /** The base `cdktf.out`, for a diff. */
  readonly base?: string;
  readonly format: "markdown" | "json";
  /** With `risky`, the command exits 2 when anything risky is found. */
  readonly failOn?: "risky";
  readonly help: boolean;
}

/** The command's help text. */
export const USAGE = [
  "usage: cartesia-genesys review [cdktf.out] [--base BASE_CDKTF_OUT] [--format markdown|json] [--fail-on risky]",
  "",
  "  cdktf.out          the synthesized app to review (default: cdktf.out)",
  "  --base DIR         a synthesized base to compare with: prints what changed, per connector",
  "  --format FORMAT    markdown (default; a pull-request comment) or json",
  "  --fail-on risky    exit 2 when anything risky is found (with --base: a risky change)",
  "",
  "exit codes: 0 done, 1 bad arguments or unreadable input, 2 risky findings with --fail-on risky",
].join("\n");

/** Parses the arguments; throws an Error whose message says what is wrong. */
export function parseReviewArgs(args: readonly string[]): ReviewArgs {
  let outdir: string | undefined;
  let base: string | undefined;
  let format: ReviewArgs["format"] = "markdown";
  let failOn: ReviewArgs["failOn"];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const next = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || (inline === undefined && v.startsWith("--"))) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--help":
      case "-h":
        help = true;
        break;
      case "--base":
        base = next();
        break;
      case "--format": {
        const v = next();
        if (v !== "markdown" && v !== "json") throw new Error(`--format: got "${v}"; allowed: markdown, json`);
        format = v;
        break;
      }
      case "--fail-on": {
        const v = next();
        if (v !== "risky") throw new Error(`--fail-on: got "${v}"; allowed: risky`);
        failOn = v;
        break;
      }
      default:
        if (arg.startsWith("-")) throw new Error(`unknown option "${arg}"`);
        if (outdir !== undefined) throw new Error(`one cdktf.out only; got "${outdir}" and "${arg}" (use --base for the base)`);
        outdir = arg;
    }
  }
  return { outdir: outdir ?? "cdktf.out", base, format, failOn, help };
}
