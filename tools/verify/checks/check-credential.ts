import type { Models } from "../../shared/genesys/sdk";
import { failed, notChecked, passed, type CheckResult } from "../report";
import type { ExpectedConnector } from "../expected";
import { describeFailure } from "./describe-failure";

/** What is known about the linked credential when the check runs. */
export interface CredentialAnswers {
  readonly config: Models.IntegrationConfiguration | Error;
  /** The stack's credential id, from the state; undefined when unknown. */
  readonly stateCredentialId?: string;
  /** The linked credential, when its id was known and it was read. */
  readonly credential?: Models.Credential | Error;
}

/** The slot's credential id in the current config, if any: what the credential is read by. */
export function linkedCredentialId(expected: ExpectedConnector, config: Models.IntegrationConfiguration | Error): string | undefined {
  if (config instanceof Error || expected.credentialSlot === undefined) return undefined;
  return config.credentials?.[expected.credentialSlot]?.id;
}

/**
 * Check 5, the credential: the config's slot holds the credential the stack manages (its id from the
 * state, or the id given to `fromExistingCredential`), of the type we create. Its secret fields cannot be
 * read back from Genesys, so their values are never compared: the report says so.
 */
export function checkCredential(expected: ExpectedConnector, answers: CredentialAnswers): CheckResult {
  const slot = expected.credentialSlot;
  if (slot === undefined) return failed("credential", "the synthesized config links no credential.");
  if (answers.config instanceof Error) return notChecked("credential", "not checked: the current config could not be read.");
  const linked = answers.config.credentials?.[slot];
  if (linked?.id === undefined) {
    const slots = Object.keys(answers.config.credentials ?? {});
    return failed("credential", `the current config links no credential in slot ${slot}${slots.length > 0 ? `; its slots: ${slots.join(", ")}` : ""}.`);
  }
  const shown = `${linked.name === undefined ? "" : `${JSON.stringify(linked.name)} `}(${linked.id})`;
  const wanted = expected.credential;
  const wantedId = wanted.kind === "managed" ? answers.stateCredentialId : wanted.kind === "existing" ? wanted.id : undefined;
  const notes: string[] = [];
  if (wantedId !== undefined && linked.id !== wantedId) {
    const whose = wanted.kind === "managed" ? `the stack's ${wanted.address}` : "the one given to fromExistingCredential";
    return failed("credential", `${slot} is ${shown}, not ${whose} (${wantedId}).`, ["cdktf deploy links the stack's credential again."]);
  }
  let whose: string;
  if (wantedId !== undefined) {
    whose = wanted.kind === "managed" ? `the stack's ${wanted.address}` : "the credential given to fromExistingCredential";
  } else if (wanted.kind === "managed" && wanted.name !== undefined && linked.name !== undefined && linked.name !== wanted.name) {
    return failed("credential", `${slot} is ${shown}, not the stack's ${wanted.address} (named ${JSON.stringify(wanted.name)}).`);
  } else {
    whose = wanted.kind === "managed" ? `named as the stack's ${wanted.address}` : "a credential managed elsewhere";
    notes.push(
      `Its id was not compared: ${wanted.kind === "managed" ? "the stack's credential id is in its state (pass --state)" : "the code links it through an expression"}.`,
    );
  }
  const credential = answers.credential;
  if (credential === undefined) return notChecked("credential", "not checked: the credential was not read.");
  if (credential instanceof Error) return failed("credential", `could not read credential ${linked.id}: ${describeFailure(credential)}`);
  const type = credential.type?.name;
  if (type !== expected.credentialType) {
    return failed(
      "credential",
      `${slot} is ${shown}, of type ${type ?? "(none)"}, not ${expected.credentialType}: Genesys sends only a ${expected.credentialType} credential's fields as headers.`,
    );
  }
  notes.push("Its fields (X-Api-Key, Cartesia-Version) cannot be read back from Genesys: their values are not compared.");
  return passed("credential", `${slot} is ${shown}, ${whose}, of type ${type}.`, notes);
}
