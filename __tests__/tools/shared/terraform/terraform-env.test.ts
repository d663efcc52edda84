import { terraformEnv } from "../../../../tools/shared/terraform/terraform-env";

test("terraform sees PATH and HOME of the caller and our settings; no TF_VAR_, TF_ or provider credentials pass", () => {
  const env = terraformEnv(
    {
      PATH: "/usr/bin",
      HOME: "/home/me",
      TF_VAR_cartesia_api_key: "would-land-in-the-plan",
      TF_LOG: "trace",
      TF_DATA_DIR: "/home/me/.tfdata",
      TF_CLI_CONFIG_FILE: "/home/me/.terraformrc",
      GENESYSCLOUD_OAUTHCLIENT_SECRET: "secret",
      AWS_SECRET_ACCESS_KEY: "secret",
    },
    { cliConfigFile: "/tmp/x/terraform.tfrc", reattachProviders: '{"p":{}}' },
  );
  expect(env).toEqual({
    PATH: "/usr/bin",
    HOME: "/home/me",
    CHECKPOINT_DISABLE: "1",
    TF_CLI_CONFIG_FILE: "/tmp/x/terraform.tfrc",
    TF_REATTACH_PROVIDERS: '{"p":{}}',
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
  });
});
