import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { TerraformProvider, TerraformStack, Testing } from "cdktf";
import { integration, integrationConfig, integrationCredential, provider } from "../../lib";
import { BINDINGS_DIR, ENGINE } from "../support/engine";
import { tempDir } from "../support/helpers";

const root = path.resolve(__dirname, "..", "..");

/** sha256 of every file below dir, by relative path. */
function treeDigest(dir: string): Record<string, string> {
  const digest: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    digest[path.relative(dir, file)] = createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  }
  return digest;
}

function generate(outdir: string): Record<string, string> {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/generate-bindings.ts", "--force", "--engine", ENGINE, "--outdir", outdir], {
    cwd: root,
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  return treeDigest(outdir);
}

test(`${ENGINE}'s bindings generated from the pinned schema are byte-identical run after run, and match ${BINDINGS_DIR[ENGINE]}/`, () => {
  const first = generate(tempDir());
  const second = generate(tempDir());
  expect(Object.keys(first)).toContain("providers/genesyscloud/integration-config/index.ts");
  expect(second).toEqual(first);
  expect(treeDigest(path.join(root, BINDINGS_DIR[ENGINE]))).toEqual(first);
});

test(`the bindings are built on ${ENGINE}, and the generator says so`, () => {
  const source = fs.readFileSync(path.join(root, BINDINGS_DIR[ENGINE], "providers/genesyscloud/provider/index.ts"), "utf8");
  expect(source).toContain(`import * as ${ENGINE} from '${ENGINE}';`);
  expect(source).not.toMatch(ENGINE === "cdktf" ? /from 'cdktn'/ : /from 'cdktf'/);
  // The class the library re-exports extends the engine this project loads (cdktf, or cdktn where jest maps it).
  expect(new provider.GenesyscloudProvider(new TerraformStack(Testing.app(), "s"), "p", {})).toBeInstanceOf(TerraformProvider);
});

test("the re-exported classes are the generated ones, for the schema's resource types", () => {
  expect(integration.Integration.tfResourceType).toBe("genesyscloud_integration");
  expect(integrationConfig.IntegrationConfigA.tfResourceType).toBe("genesyscloud_integration_config");
  expect(integrationCredential.IntegrationCredential.tfResourceType).toBe("genesyscloud_integration_credential");
  expect(provider.GenesyscloudProvider.tfResourceType).toBe("genesyscloud");
  const schema = JSON.parse(fs.readFileSync(path.join(root, "schema/genesyscloud-provider-schema.v1.86.json"), "utf8"));
  const resources = Object.keys(schema.provider_schemas["registry.terraform.io/mypurecloud/genesyscloud"].resource_schemas).sort();
  expect(resources).toEqual(["genesyscloud_flow", "genesyscloud_integration", "genesyscloud_integration_config", "genesyscloud_integration_credential"]);
});
