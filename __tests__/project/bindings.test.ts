import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { integration, integrationConfig, integrationCredential, provider } from "../../lib";
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
  execFileSync(process.execPath, ["--import", "tsx", "scripts/generate-bindings.ts", "--force", "--outdir", outdir], {
    cwd: root,
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  return treeDigest(outdir);
}

test("bindings generated from the pinned schema are byte-identical run after run, and match .gen/", () => {
  const first = generate(tempDir());
  const second = generate(tempDir());
  expect(Object.keys(first)).toContain("providers/genesyscloud/integration-config/index.ts");
  expect(second).toEqual(first);
  expect(treeDigest(path.join(root, ".gen"))).toEqual(first);
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
