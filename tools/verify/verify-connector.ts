import type { GenesysClient } from "../shared/genesys/client";
import type { Deadline } from "../shared/genesys/deadline";
import { settle } from "../shared/genesys/settle";
import type { Models } from "../shared/genesys/sdk";
import { CHECK_NAMES, failed, notChecked, type CheckResult, type ConnectorReport } from "./report";
import { checkConfig } from "./checks/check-config";
import { checkCredential, linkedCredentialId } from "./checks/check-credential";
import { checkEngine, engineIdOf } from "./checks/check-engine";
import { checkIntegration } from "./checks/check-integration";
import { checkSchemas } from "./checks/check-schemas";
import { checkType } from "./checks/check-type";
import { describeFailure } from "./checks/describe-failure";
import { pollActivation } from "./poll-activation";
import type { VerifyTarget } from "./targets";

/** The type and its two config schemas: read once per type and run, shared by its connectors. */
export interface TypeAnswers {
  readonly type: Models.IntegrationType | Error;
  readonly schemas?: { readonly properties: Models.JsonSchemaDocument | Error; readonly advanced: Models.JsonSchemaDocument | Error };
}

/** What verifying a connector needs: the client, answers shared by a run, the clock and the options. */
export interface VerifyDeps {
  readonly client: GenesysClient;
  readonly typeAnswers: (typeId: string) => Promise<TypeAnswers>;
  /** Every integration of a type, for lookups by name: read once per type and run. */
  readonly listing: (typeId: string) => Promise<Models.Integration[] | Error>;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly timeoutSeconds: number;
  /** `--timeout` from the command's start: the wait for activation ends there too. */
  readonly deadline?: Deadline;
  readonly voice?: string;
  readonly progress: (text: string) => Promise<void>;
}

/** Reads the type, its schemas, all of a type's integrations: the answers a run shares. */
export async function readTypeAnswers(client: GenesysClient, typeId: string): Promise<TypeAnswers> {
  const type = await settle(client.integrationType(typeId));
  if (type instanceof Error) return { type };
  const [properties, advanced] = await Promise.all([settle(client.configSchema(typeId, "properties")), settle(client.configSchema(typeId, "advanced"))]);
  return { type, schemas: { properties, advanced } };
}

/**
 * Runs every check on one connector, in order, each from the answers before it: the type and its
 * schemas, the integration (found by name when its id is not known), its activation, its config, its
 * credential, its TTS engine. A check that cannot run says why.
 */
export async function verifyConnector(target: VerifyTarget, deps: VerifyDeps): Promise<ConnectorReport> {
  const { expected } = target;
  const { client } = deps;
  const checks: CheckResult[] = [];
  const base = { stack: expected.stack, connector: expected.label, address: expected.address };

  const typeAnswers = await deps.typeAnswers(expected.integrationType);
  checks.push(checkType(expected, typeAnswers.type));
  const schemas = checkSchemas(expected, typeAnswers.schemas);
  checks.push(schemas.result);
  const report = (integrationId: string | undefined, identifiedBy: string, more: Partial<ConnectorReport> = {}): ConnectorReport => ({
    ...base,
    integrationId,
    identifiedBy,
    schemas: schemas.properties || schemas.advanced ? { properties: schemas.properties, advanced: schemas.advanced } : undefined,
    ...more,
    checks: [...checks, ...rest(checks)],
  });

  const { identifiedBy } = target;
  let integrationId = target.integrationId;
  if (integrationId === undefined) {
    const found = await findByName(expected.name, expected.integrationType, deps);
    if (found instanceof Error || found.length !== 1) {
      checks.push(failed("integration", lookupFailure(expected.name, expected.integrationType, found), [identifiedBy]));
      return report(undefined, identifiedBy);
    }
    integrationId = found[0].id!;
  }

  const integration = await settle(client.integration(integrationId));
  checks.push(checkIntegration(expected, integrationId, integration));
  if (integration instanceof Error) return report(integrationId, identifiedBy);

  const activation = await pollActivation(expected.label, expected.intendedState, integration, {
    read: () => client.integration(integrationId),
    now: deps.now,
    sleep: deps.sleep,
    timeoutSeconds: deps.timeoutSeconds,
    deadline: deps.deadline,
    progress: deps.progress,
  });
  checks.push(activation.result);
  const reported = activation.last.reportedState;

  const config = await settle(client.configCurrent(integrationId));
  checks.push(checkConfig(expected, config));
  const credentialId = linkedCredentialId(expected, config);
  const credential = credentialId === undefined ? undefined : await settle(client.credential(credentialId));
  checks.push(checkCredential(expected, { config, stateCredentialId: target.credentialId, credential }));

  const engineId = engineIdOf(integrationId);
  const engine = await settle(client.ttsEngine(engineId));
  checks.push(checkEngine(engineId, engine, deps.voice));
  // From the command's start (the deadline's), so a rotation's runbook can quote it.
  const listedAfter = deps.deadline && !(engine instanceof Error) && (engine.voices ?? []).length > 0 ? elapsedSeconds(deps.deadline) : undefined;

  return report(integrationId, identifiedBy, {
    reportedState: reported && { code: reported.code, message: reported.detail?.message },
    voices: engine instanceof Error ? undefined : (engine.voices ?? []).length,
    voicesListedAfterSeconds: listedAfter,
  });
}

/** Seconds since the deadline started (the command's start), to a tenth. */
function elapsedSeconds(deadline: Deadline): number {
  return Math.round(deadline.seconds * 10 - deadline.remainingMs() / 100) / 10;
}

async function findByName(name: string | undefined, typeId: string, deps: VerifyDeps): Promise<Models.Integration[] | Error> {
  if (name === undefined) return new Error("the synthesized config has no literal name to look it up by");
  const all = await deps.listing(typeId);
  return all instanceof Error ? all : all.filter((i) => i.name === name && i.id !== undefined);
}

function lookupFailure(name: string | undefined, typeId: string, found: Models.Integration[] | Error): string {
  if (found instanceof Error) return `could not look the integration up by name: ${describeFailure(found)}`;
  const what = `integration${found.length === 1 ? "" : "s"} of type ${typeId} named ${JSON.stringify(name)}`;
  if (found.length === 0) return `no ${what} in the organization: not deployed yet, or deployed to another organization or region?`;
  return `${found.length} ${what} (${found.map((i) => i.id).join(", ")}): pass the one to check with --integration-id.`;
}

/** The checks that could not run after the last one, each saying why. */
function rest(done: readonly CheckResult[]): CheckResult[] {
  const names = new Set(done.map((c) => c.name));
  return CHECK_NAMES.filter((name) => !names.has(name)).map((name) => notChecked(name, "not checked: no integration to check."));
}
