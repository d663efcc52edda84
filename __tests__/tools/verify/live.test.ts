/**
 * The live path against a real organization: the same client as every other test, with the region's
 * hosts instead of the stand-in. Runs only where the deploy's GENESYSCLOUD_* variables are set; skipped
 * (and named so) everywhere else, CI included.
 */
import { connectGenesys } from "../../../tools/shared/genesys/client";
import { GenesysApiError } from "../../../tools/shared/genesys/api-error";
import { readGenesysAccess } from "../../../tools/shared/genesys/environment";

const live = Boolean(process.env.GENESYSCLOUD_REGION && (process.env.GENESYSCLOUD_ACCESS_TOKEN || process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET));
const liveTest = live ? test : test.skip;

liveTest(
  live
    ? "a real organization: logs in and reads the genesys-tts-connector type and its schemas"
    : "a real organization (skipped: set GENESYSCLOUD_REGION and an OAuth client or access token to run it)",
  async () => {
    const access = readGenesysAccess(process.env, { endpointGiven: false });
    const client = await connectGenesys({
      access,
      fetch: (url, init) => fetch(url, init),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      addSecrets: () => undefined,
    });
    const type = await client.integrationType("genesys-tts-connector").catch((error: unknown) => error);
    if (type instanceof GenesysApiError) {
      // Not enabled for this organization: what verify reports as a failed type check.
      expect([403, 404]).toContain(type.status);
      return;
    }
    expect((type as { id: string }).id).toBe("genesys-tts-connector");
    const schema = await client.configSchema("genesys-tts-connector", "properties");
    expect(Object.keys(schema.properties ?? {}).length).toBeGreaterThan(0);
  },
);
