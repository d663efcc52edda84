/**
 * One app, one stack per Genesys Cloud organization. Each stack has its own provider, configured
 * from that organization's variables (region, OAuth client), and its own key variable; the
 * connector settings are shared, so every organization speaks with the same voice pipeline.
 * Synthesize: `npx cdktf synth` in this folder.
 */
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { type Construct } from "constructs";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, type CartesiaTtsConnectorProps, GenesyscloudProvider, OutputFormat } from "../../lib";

/** A Genesys Cloud organization the app manages. */
export interface Organization {
  /** Short name: the stack is `cartesia-<name>`, its variables start with `<name>_`. */
  readonly name: string;
}

/** The organizations, one stack each. Adding one here adds a stack. */
export const ORGANIZATIONS: readonly Organization[] = [{ name: "emea" }, { name: "americas" }];

/** What every organization's connector shares: change the pipeline once, for all of them. */
export const SHARED_SETTINGS = {
  model: CartesiaModel.SONIC_3_2026_01_12,
  outputFormat: OutputFormat.TELEPHONY,
  cartesiaVersion: "2026-03-01",
  integrationName: "Genesys TTS Connector: Cartesia",
  notes: "Managed by the multi-org CDKTF app; change it there, not in the Genesys Cloud UI.",
} satisfies Omit<CartesiaTtsConnectorProps, "apiKey">;

export class OrganizationStack extends TerraformStack {
  public readonly connector: CartesiaTtsConnector;

  constructor(scope: Construct, organization: Organization) {
    const id = `cartesia-${organization.name}`;
    super(scope, id);
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    // Variable names carry the organization, so one environment can hold every organization's
    // TF_VAR_... values and `cdktf deploy '*'` deploys them all.
    const variable = (suffix: string, description: string, sensitive = false) =>
      new TerraformVariable(this, `${organization.name}_${suffix}`, { type: "string", nullable: false, sensitive, description });
    const region = variable("genesyscloud_region", `Genesys Cloud region of the ${organization.name} organization, such as eu-central-1.`);
    const clientId = variable("genesyscloud_oauthclient_id", `OAuth client id (client credentials grant) in the ${organization.name} organization.`);
    const clientSecret = variable("genesyscloud_oauthclient_secret", `OAuth client secret in the ${organization.name} organization.`, true);
    new GenesyscloudProvider(this, "genesyscloud", {
      awsRegion: region.stringValue,
      oauthclientId: clientId.stringValue,
      oauthclientSecret: clientSecret.stringValue,
    });
    this.connector = new CartesiaTtsConnector(this, "cartesia", {
      ...SHARED_SETTINGS,
      apiKey: CartesiaApiKey.fromVariable(this, `${organization.name}_cartesia_api_key`),
    });
  }
}

export function createApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : {});
  for (const organization of ORGANIZATIONS) new OrganizationStack(app, organization);
  return app;
}

if (require.main === module) {
  createApp().synth();
}
