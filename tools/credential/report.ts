/** What `credential put` did, or with `--dry-run` would do: never the key. */
export interface PutReport {
  readonly action: "create" | "update";
  readonly dryRun: boolean;
  readonly name: string;
  /** The credential's id: the one created or updated; undefined for a create not done. */
  readonly id?: string;
  readonly credentialType: string;
  readonly cartesiaVersion: string;
  /** `https://api.<domain>`, or the endpoint. */
  readonly api: string;
  /** Requests sent, login included. */
  readonly requests: number;
}
