/**
 * The environment terraform runs with: the few variables a process needs to run at all, and ours.
 * Nothing else of the caller's passes, above all no `TF_VAR_*` (a real key would end up in the plan)
 * and no `TF_*` setting that could point terraform at the user's state, plugins or credentials.
 */

/** Variables of the caller's environment that terraform may see. */
const PASSED = ["PATH", "HOME", "USERPROFILE", "TMPDIR", "TEMP", "TMP", "SYSTEMROOT", "LANG", "LC_ALL"];

/** Where our settings point. */
export interface TerraformEnvSettings {
  /** Our own CLI configuration file. */
  readonly cliConfigFile: string;
  /** `TF_REATTACH_PROVIDERS`: where the schema provider listens. */
  readonly reattachProviders: string;
}

/** The environment for a terraform run. Pure: the caller's environment comes in as a value. */
export function terraformEnv(callerEnv: NodeJS.ProcessEnv, settings: TerraformEnvSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of PASSED) if (callerEnv[name] !== undefined) env[name] = callerEnv[name];
  return {
    ...env,
    // Terraform otherwise phones home on every run.
    CHECKPOINT_DISABLE: "1",
    TF_CLI_CONFIG_FILE: settings.cliConfigFile,
    TF_REATTACH_PROVIDERS: settings.reattachProviders,
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
  };
}
