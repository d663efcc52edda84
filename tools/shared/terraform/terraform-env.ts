/**
 * The environment terraform runs with: built from nothing, none of the caller's variables. No
 * `TF_VAR_*` (a real key would end up in the plan), no `TF_*` setting that could point terraform at the
 * user's state, plugins or credentials, and no secret of the runner's for a configuration to read
 * (`/proc/self/environ`, `provider::...` functions, diagnostics).
 */
import * as path from "node:path";

/** Where our settings point. */
export interface TerraformEnvSettings {
  /** The terraform binary: its folder is the whole `PATH`. */
  readonly terraform: string;
  /** Our own CLI configuration file. */
  readonly cliConfigFile: string;
  /** `TF_REATTACH_PROVIDERS`: where the schema provider listens. */
  readonly reattachProviders: string;
  /** Empty folders of the copy, for `HOME` and `TMPDIR`. */
  readonly home: string;
  readonly tmp: string;
}

/** The whole environment of a terraform run. Pure. */
export function terraformEnv(settings: TerraformEnvSettings): Record<string, string> {
  return {
    PATH: path.dirname(settings.terraform),
    HOME: settings.home,
    TMPDIR: settings.tmp,
    // Terraform otherwise phones home on every run.
    CHECKPOINT_DISABLE: "1",
    TF_CLI_CONFIG_FILE: settings.cliConfigFile,
    TF_REATTACH_PROVIDERS: settings.reattachProviders,
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
  };
}
