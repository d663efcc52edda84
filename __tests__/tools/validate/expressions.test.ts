import { hasTemplate, templateExpressions, traversals } from "../../../tools/validate/expressions";

const roots = (expression: string) => traversals(expression).map((t) => t.text);

describe("hasTemplate", () => {
  test.each([
    ["${var.x}", true],
    ["connector-${genesyscloud_integration.a.id}", true],
    ["%{ if var.on }x%{ endif }", true],
    ["$${var.x}", false],
    ["%%{ literal }", false],
    ["$text and $voice", false],
  ])("%s -> %s", (value, expected) => expect(hasTemplate(value)).toBe(expected));
});

describe("templateExpressions", () => {
  test("finds each interpolation, including nested braces and quoted strings", () => {
    expect(templateExpressions('a ${var.x} b ${jsonencode({ "k" = "}" })} c').expressions).toEqual(["var.x", 'jsonencode({ "k" = "}" })']);
  });

  test("skips escaped sequences", () => {
    expect(templateExpressions("$${var.x} ${var.y}").expressions).toEqual(["var.y"]);
  });

  test("reports an interpolation that is never closed", () => {
    expect(templateExpressions("${var.x").unterminated).toBe(true);
    expect(templateExpressions("${var.x}").unterminated).toBe(false);
  });
});

describe("traversals", () => {
  test("reads resource, data, variable and remote-state references with their steps", () => {
    expect(traversals("data.terraform_remote_state.secrets.outputs.cartesia_api_key")).toEqual([
      {
        root: "data",
        steps: ["terraform_remote_state", "secrets", "outputs", "cartesia_api_key"],
        text: "data.terraform_remote_state.secrets.outputs.cartesia_api_key",
      },
    ]);
    expect(roots("genesyscloud_integration.a[0].id")).toEqual(["genesyscloud_integration.a[0].id"]);
  });

  test("sees references inside function calls, but not the function names", () => {
    expect(roots('((length(trimspace(var.cartesia_api_key)) >= 1) && !startswith(var.cartesia_api_key, "sk_car_admin_"))')).toEqual([
      "var.cartesia_api_key",
      "var.cartesia_api_key",
    ]);
    expect(roots("provider::terraform::encode_tfvars(var.settings)")).toEqual(["var.settings"]);
  });

  test("skips string literals but searches templates inside them", () => {
    expect(roots('"var.not_a_reference ${local.inner}"')).toEqual(["local.inner"]);
  });

  test("skips for-expression variables and bare names", () => {
    expect(roots("[for org_name in var.organizations : org_name.region]")).toEqual(["var.organizations"]);
    expect(roots('{ region = "eu" }')).toEqual([]);
  });

  test("searches index expressions", () => {
    expect(roots("var.regions[local.org]")).toEqual(["local.org", "var.regions[local.org]"]);
  });
});
