/**
 * The review's golden pairs through real terraform: every base and head is validated and planned on
 * its own, and each head is planned against its base's state (the base's plan, applied on paper), so
 * terraform itself says what the pull request changes. What it says must agree with the review's
 * reading of the same pair (tools/review/diff.test.ts): a key rotation touches the credential only,
 * a renamed construct id replaces, moved blocks carry the resources over. And `review --plan` reads each
 * of those plans as the base/head review reads the pair.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { diffSummaries } from "../../../tools/review/diff";
import { readPlan } from "../../../tools/review/plan-json";
import { reviewPlan, type PlanReview } from "../../../tools/review/plan-review";
import { summarize } from "../../../tools/review/summarize";
import { readSynthesizedStacks } from "../../../tools/shared/synthesized-connectors";
import type { StackCheck } from "../../../tools/shared/terraform/check-stack";
import { appliedId, appliedState } from "../../support/applied-state";
import { tempDir } from "../../support/helpers";
import { IMPORTED_FIXTURES, PAIR_STACK, REVIEW_PAIRS, synthPair } from "../../support/review-pairs";
import { runTool } from "../../support/run-tool";
import { parseFixtures } from "../../../tools/schema-provider/fixtures";
import { checkAll, cleanPlan, describeWithTerraform, SERVED, terraformState, useSchemaProvider } from "../../support/terraform";

function writePlan(plan: unknown): string {
  const file = path.join(tempDir("cartesia-plan-"), "plan.json");
  fs.writeFileSync(file, JSON.stringify(plan));
  return file;
}

/** A connector's three resources, by its construct id: integration, config, credential. */
type Addresses = (constructId: string) => [string, string, string];

/** What terraform plans for each pair's head against its base's state: address -> actions. */
const TERRAFORM_CHANGES: Record<string, (of: Addresses) => Record<string, string[]>> = {
  // The key comes from another variable: only the credential's (sensitive) fields change.
  "key-rotation": (of) => actions(of("cartesia"), ["no-op"], ["no-op"], ["update"]),
  "cartesia-version": (of) => actions(of("cartesia"), ["no-op"], ["no-op"], ["update"]),
  "model-to-alias": (of) => actions(of("cartesia"), ["no-op"], ["update"], ["no-op"]),
  "model-snapshot-upgrade": (of) => actions(of("cartesia"), ["no-op"], ["update"], ["no-op"]),
  "model-to-sunset": (of) => actions(of("cartesia"), ["no-op"], ["update"], ["no-op"]),
  "format-change": (of) => actions(of("cartesia"), ["no-op"], ["update"], ["no-op"]),
  "generation-config": (of) => actions(of("cartesia"), ["no-op"], ["update"], ["no-op"]),
  rename: (of) => actions(of("cartesia"), ["no-op"], ["update"], ["update"]),
  disable: (of) => actions(of("cartesia"), ["update"], ["no-op"], ["no-op"]),
  // In place: the provider does not replace on a new type (and then cannot apply it).
  "integration-type-change": (of) => actions(of("cartesia"), ["update"], ["no-op"], ["no-op"]),
  "connector-added": (of) => ({ ...actions(of("cartesia"), ["no-op"], ["no-op"], ["no-op"]), ...actions(of("backup"), ["create"], ["create"], ["create"]) }),
  "connector-added-on-alias": (of) => ({
    ...actions(of("cartesia"), ["no-op"], ["no-op"], ["no-op"]),
    ...actions(of("latest"), ["create"], ["create"], ["create"]),
  }),
  "connector-removed": (of) => ({ ...actions(of("cartesia"), ["no-op"], ["no-op"], ["no-op"]), ...actions(of("backup"), ["delete"], ["delete"], ["delete"]) }),
  "construct-id-renamed": (of) => ({
    ...actions(of("cartesia"), ["delete"], ["delete"], ["delete"]),
    ...actions(of("tts"), ["create"], ["create"], ["create"]),
  }),
  // Carried over: terraform changes nothing, and says where each came from.
  "construct-id-renamed-with-moved-blocks": (of) => actions(of("tts"), ["no-op"], ["no-op"], ["no-op"]),
  // The integration at a new address is new; its config follows it (integration_id forces a replacement).
  "same-path-new-logical-id": (of) => ({
    [of("cartesia")[0]]: ["delete"],
    "genesyscloud_integration.cartesia_tts": ["create"],
    [of("cartesia")[1]]: ["delete", "create"],
    [of("cartesia")[2]]: ["no-op"],
  }),
  "no-change": (of) => actions(of("cartesia"), ["no-op"], ["no-op"], ["no-op"]),
  // Adopted, not created: the config gets the code's name and model, the credential its fields (never read back).
  "connector-imported": (of) => actions(of("wideband"), ["no-op"], ["update"], ["update"]),
  // Only the credential is new; the config is relinked to it.
  "connector-imported-new-credential": (of) => actions(of("cartesia"), ["no-op"], ["update"], ["create"]),
};

function actions([integration, config, credential]: [string, string, string], ...[i, c, k]: string[][]): Record<string, string[]> {
  return { [integration]: i, [config]: c, [credential]: k };
}

test("every pair has terraform's changes written down", () => {
  expect(Object.keys(TERRAFORM_CHANGES).sort()).toEqual(Object.keys(REVIEW_PAIRS).sort());
});

describeWithTerraform("real terraform on the review's pairs", () => {
  const provider = useSchemaProvider(parseFixtures(IMPORTED_FIXTURES, SERVED));
  const pairs = Object.fromEntries(Object.keys(REVIEW_PAIRS).map((name) => [name, synthPair(name)]));
  const stackDir = (outdir: string) => path.join(outdir, "stacks", PAIR_STACK);
  const document = (outdir: string) => JSON.parse(fs.readFileSync(path.join(stackDir(outdir), "cdk.tf.json"), "utf8"));
  // Bases and heads are mostly the same few stacks: each distinct one is planned once.
  const digest = (outdir: string) =>
    crypto
      .createHash("sha256")
      .update(fs.readFileSync(path.join(stackDir(outdir), "cdk.tf.json")))
      .digest("hex");
  const alone: Record<string, StackCheck> = {};
  const transitions: Record<string, StackCheck> = {};

  beforeAll(async () => {
    const distinct = new Map<string, string>();
    for (const { base, head } of Object.values(pairs)) for (const outdir of [base, head]) distinct.set(digest(outdir), outdir);
    const byDigest = await checkAll(Object.fromEntries([...distinct].map(([d, outdir]) => [d, { dir: stackDir(outdir) }])), {
      provider: provider(),
      showPlan: true,
    });
    for (const { base, head } of Object.values(pairs)) for (const outdir of [base, head]) alone[outdir] = byDigest[digest(outdir)];

    const stacks = Object.fromEntries(Object.entries(pairs).map(([name, { head }]) => [name, { dir: stackDir(head) }]));
    Object.assign(
      transitions,
      await checkAll(stacks, {
        provider: provider(),
        showPlan: true,
        perStack: (name) => {
          const base = pairs[name].base;
          return { state: terraformState({ resources: appliedState(document(base), alone[base].plan) }) };
        },
      }),
    );
  }, 120_000);

  test.each(Object.keys(REVIEW_PAIRS))("%s: base and head each validate and plan, every resource to create or, with an import block, to import", (name) => {
    for (const outdir of [pairs[name].base, pairs[name].head]) {
      const doc = document(outdir);
      const resources = Object.values((doc.resource ?? {}) as Record<string, object>).reduce((n, byName) => n + Object.keys(byName).length, 0);
      const imports = Array.isArray(doc.import) ? doc.import.length : 0;
      // An imported resource is updated where the code differs from what exists, as against the base's (empty) state.
      const updates = imports === 0 ? 0 : Object.values(TERRAFORM_CHANGES[name](addressesIn(outdir))).filter((a) => a.join() === "update").length;
      expect(cleanPlan(alone[outdir])).toEqual({
        ok: true,
        diagnostics: [],
        counts: { add: resources - imports, change: updates, destroy: 0, import: imports },
      });
    }
  });

  test.each(Object.keys(REVIEW_PAIRS))("%s: the head against the base's state changes what the review says it changes", (name) => {
    const check = transitions[name];
    expect([check.ok, check.diagnostics]).toEqual([true, []]);
    const planned = Object.fromEntries(((check.plan as any).resource_changes as any[]).map((c) => [c.address, c.change.actions]));
    expect(planned).toEqual(TERRAFORM_CHANGES[name](addressesIn(pairs[name].base, pairs[name].head)));
  });

  /** The addresses of a connector's resources, found by construct path in the first of the apps that has it. */
  function addressesIn(...outdirs: string[]): Addresses {
    return (constructId) => {
      const found = ["genesyscloud_integration", "genesyscloud_integration_config", "genesyscloud_integration_credential"].map((type) => {
        for (const outdir of outdirs) {
          const names = Object.entries(document(outdir).resource?.[type] ?? {})
            .filter(([, r]: [string, any]) => r["//"]?.metadata?.path?.startsWith(`${PAIR_STACK}/${constructId}/`))
            .map(([n]) => `${type}.${n}`);
          if (names.length === 1) return names[0];
        }
        throw new Error(`no one ${type} of connector ${constructId}`);
      });
      return found as [string, string, string];
    };
  }

  test("moved blocks: each resource keeps its id and names the address it came from", () => {
    const [integration, config, credential] = addressesIn(pairs["no-change"].base)("cartesia");
    const tts = addressesIn(pairs["construct-id-renamed"].head)("tts");
    const changes = (transitions["construct-id-renamed-with-moved-blocks"].plan as any).resource_changes as any[];
    const id = (address: string) => appliedId(...(address.split(".") as [string, string]));
    expect(changes.map((c) => [c.address, c.previous_address, c.change.after.id])).toEqual([
      [tts[0], integration, id(integration)],
      [tts[1], config, id(config)],
      [tts[2], credential, id(credential)],
    ]);
  });

  test("a key rotation changes only the credential's sensitive fields, and terraform keeps them hidden", () => {
    const [, , address] = addressesIn(pairs["key-rotation"].base)("cartesia");
    const credential = ((transitions["key-rotation"].plan as any).resource_changes as any[]).find((c) => c.address === address).change;
    expect([credential.before.fields["X-Api-Key"], credential.after.fields["X-Api-Key"]]).toEqual([
      "placeholder-cartesia_api_key",
      "placeholder-cartesia_api_key_2026_09",
    ]);
    expect([credential.before_sensitive, credential.after_sensitive]).toEqual([{ fields: true }, { fields: true }]);
  });

  test("the counts of a transition are terraform's: a replaced construct id is 3 to add and 3 to destroy", () => {
    expect(transitions["construct-id-renamed"].counts).toEqual({ add: 3, change: 0, destroy: 3, import: 0 });
    expect(transitions["same-path-new-logical-id"].counts).toEqual({ add: 2, change: 0, destroy: 2, import: 0 });
    expect(transitions["no-change"].counts).toEqual({ add: 0, change: 0, destroy: 0, import: 0 });
  });

  // The same plans, read by `review --plan` as users' CI reads theirs (review/plan.test.ts: its usage errors, drift, imports, keys in state).
  describe("review --plan on each head's plan against its base's state", () => {
    /** `terraform show -json` of the head's plan against its base's state. */
    const planOf = (name: string): unknown => {
      const check = transitions[name];
      if (!check.ok) throw new Error(`the plan of ${name} failed: ${JSON.stringify(check.diagnostics)}`);
      return check.plan;
    };

    const reviewed = (name: string): PlanReview => reviewPlan(readPlan(planOf(name)), PAIR_STACK);

    test.each(Object.keys(REVIEW_PAIRS))("%s: the plan reads as the base/head review reads the pair", (name) => {
      const viaPlan = reviewed(name).diff;
      const viaBase = diffSummaries(summarize(readSynthesizedStacks(pairs[name].base)), summarize(readSynthesizedStacks(pairs[name].head)));
      // A plan also knows the provider's defaults: an added standalone config plans notes "" (the provider sends "" for unset notes).
      // An imported connector: the plan read what exists, so it lists only what differs, where --base lists every setting.
      const shape = (d: typeof viaPlan, plan: boolean) =>
        d.changes.map((c) => [
          c.kind,
          c.address,
          c.baseAddress,
          c.kind === "imported" ? [] : c.changes.filter((s) => !(plan && c.kind === "added" && s.label === "Notes")).map((s) => s.label),
        ]);
      expect(shape(viaPlan, true)).toEqual(shape(viaBase, false));
      viaPlan.changes.forEach((c, i) => {
        if (c.kind === "imported") expect(viaBase.changes[i].changes.map((s) => s.label)).toEqual(expect.arrayContaining(c.changes.map((s) => s.label)));
      });
      expect(viaPlan.unchanged.map((u) => u.address)).toEqual(viaBase.unchanged.map((u) => u.address));
      // What only the plan knows is added: same-path-new-logical-id's config is replaced too (a warning, not a risk), and
      // adopting an integration renames it (the plan read its name in Genesys; --base cannot know it).
      const risky = (d: typeof viaPlan) =>
        d.changes.flatMap((c) => c.findings.filter((f) => f.severity === "risky" && !(c.kind === "imported" && f.code === "renamed")).map((f) => f.code));
      expect(risky(viaPlan)).toEqual(risky(viaBase));
    });

    test("a key rotation: the credential updated in place, the key's change said without showing either value", () => {
      const review = reviewed("key-rotation");
      expect(review.counts).toEqual({ add: 0, change: 1, destroy: 0, import: 0 });
      const [change] = review.diff.changes;
      expect(change.changes).toEqual([
        {
          key: "credential.fields.X-Api-Key",
          label: "API key (credential field X-Api-Key)",
          category: "credential",
          style: "text",
          before: "sensitive in the plan (hidden)",
          after: "another value (sensitive, hidden)",
        },
      ]);
      expect(review.actions[change.address].map((a) => [a.address.split(".")[0], a.action])).toEqual([
        ["genesyscloud_integration", "no-op"],
        ["genesyscloud_integration_config", "no-op"],
        ["genesyscloud_integration_credential", "update"],
      ]);
    });

    test("an adopted connector: what the first apply changes in what exists, and what it imports and creates", () => {
      const review = reviewed("connector-imported");
      expect(review.counts).toEqual({ add: 0, change: 2, destroy: 0, import: 3 });
      const [change] = review.diff.changes;
      expect([change.kind, change.headline]).toEqual([
        "imported",
        "Imported: terraform adopts the existing integration 3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57 and updates it in place where it differs; it creates nothing.",
      ]);
      // Pretty-printed properties in Genesys are the same JSON: no row.
      expect(change.changes.map((c) => [c.label, c.before, c.after])).toEqual([
        ["Integration name", '"Cartesia (set up by hand)"', '"Cartesia wideband"'],
        ["Model", '"sonic-latest"', '"sonic-3-2026-01-12"'],
        ["Credential name", '"Cartesia (set up by hand) credential"', '"Cartesia wideband credential"'],
        ["Cartesia version (credential field Cartesia-Version)", undefined, "sensitive in the plan (hidden)"],
        ["API key (credential field X-Api-Key)", undefined, "sensitive in the plan (hidden)"],
      ]);
      expect(review.head.stacks[0].connectors[0].imported).toEqual({
        integrationId: "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57",
        configId: "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57/config",
        credentialId: "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d",
      });
      expect(change.findings.find((f) => f.code === "renamed")?.severity).toBe("risky");
      const created = reviewed("connector-imported-new-credential").diff.changes[0];
      expect(created.headline).toMatch(/; it creates genesyscloud_integration_credential\.cartesia_credential_8C703FCA\.$/);
    });

    test("terraform's replacement of a config (a hand-renamed integration) is a warning of its own, with terraform's reason", () => {
      const [change] = reviewed("same-path-new-logical-id").diff.changes;
      expect(change.findings.map((f) => `${f.severity}:${f.code}`)).toEqual(["risky:address-changed", "warning:resource-replaced"]);
      expect(change.findings[1].message).toBe(
        "Terraform replaces genesyscloud_integration_config.cartesia_config_EC62C9DB (destroys it, then creates it: replace_because_cannot_update): between the two steps the connector has no config.",
      );
    });

    test("the command: Markdown with terraform's counts and actions; JSON for machines; --fail-on risky exits 1 on a risky plan", async () => {
      const file = writePlan(planOf("disable"));
      const markdown = await runTool(["review", "--plan", file]);
      expect(markdown.code).toBe(0);
      expect(markdown.lines.slice(0, 8)).toEqual([
        "<!-- cartesia-genesys-review -->",
        "## Cartesia TTS connectors: terraform plan",
        "",
        expect.stringMatching(/^`plan\.json` \(terraform \d+\.\d+\.\d+\)\. Plan: 0 to add, 1 to change, 0 to destroy\.$/),
        "",
        "1 changed, 0 moved, 0 replaced, 0 added, 0 removed, 0 unchanged; 0 resources changed outside terraform: **1 risky change**, 0 warnings.",
        "",
        "### `plan.json` / Genesys TTS Connector: Cartesia: changed",
      ]);
      expect(markdown.lines).toContain("- `genesyscloud_integration.cartesia_integration_F52D01A3`: update in place");
      expect(markdown.lines).toContain('| Intended state | `"ENABLED"` | `"DISABLED"` |');

      const json = JSON.parse((await runTool(["review", "--plan", file, "--format", "json"])).stdout);
      expect(json.mode).toBe("plan");
      expect(json.plan.counts).toEqual({ add: 0, change: 1, destroy: 0, import: 0 });
      expect(json.counts).toEqual({ risky: 1, warning: 0, info: 0 });
      expect(json.changes[0].terraform[0]).toEqual({ address: "genesyscloud_integration.cartesia_integration_F52D01A3", action: "update" });

      expect((await runTool(["review", "--plan", file, "--fail-on", "risky"])).code).toBe(1);
      expect((await runTool(["review", "--plan", writePlan(planOf("model-snapshot-upgrade")), "--fail-on", "risky"])).code).toBe(0);
    });
  });
});
