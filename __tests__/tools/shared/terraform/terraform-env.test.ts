import { terraformEnv } from "../../../../tools/shared/terraform/terraform-env";

test("terraform's environment is ours alone: its binary's folder as PATH, the copy's HOME and TMPDIR, our settings", () => {
  const env = terraformEnv({
    terraform: "/usr/local/bin/terraform",
    cliConfigFile: "/tmp/x/terraform.tfrc",
    reattachProviders: '{"p":{}}',
    home: "/tmp/x/home",
    tmp: "/tmp/x/tmp",
  });
  expect(env).toEqual({
    PATH: "/usr/local/bin",
    HOME: "/tmp/x/home",
    TMPDIR: "/tmp/x/tmp",
    CHECKPOINT_DISABLE: "1",
    TF_CLI_CONFIG_FILE: "/tmp/x/terraform.tfrc",
    TF_REATTACH_PROVIDERS: '{"p":{}}',
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
  });
});
