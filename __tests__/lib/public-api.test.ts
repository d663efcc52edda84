/**
 * The package's public API is what lib/index.ts exports, by name: this list makes every change to it a
 * visible change in review. Everything exported is documented (TSDoc on the export and on each public
 * member), except the generated bindings, which the generator documents.
 */
import * as path from "node:path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
const INDEX = path.join(ROOT, "lib", "index.ts");

const program = ts.createProgram([INDEX], {
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
});
const checker = program.getTypeChecker();
const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!).map((symbol) => {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return { name: symbol.name, target, declaration: target.declarations![0] };
});

const isGenerated = (declaration: ts.Declaration) => declaration.getSourceFile().fileName.includes(`${path.sep}.gen${path.sep}`);
const documented = (symbol: ts.Symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== "";

function kind(declaration: ts.Declaration): string {
  if (ts.isClassDeclaration(declaration)) return "class";
  if (ts.isInterfaceDeclaration(declaration)) return "interface";
  if (ts.isEnumDeclaration(declaration)) return "enum";
  if (ts.isFunctionDeclaration(declaration)) return "function";
  if (ts.isTypeAliasDeclaration(declaration)) return "type";
  if (ts.isVariableDeclaration(declaration)) return "const";
  if (ts.isSourceFile(declaration)) return "namespace";
  return ts.SyntaxKind[declaration.kind];
}

test("lib/index.ts exports exactly the documented API", () => {
  expect(Object.fromEntries(exported.map(({ name, declaration }) => [name, kind(declaration)]))).toEqual({
    // The construct and its props
    CartesiaTtsConnector: "class",
    CartesiaTtsConnectorProps: "interface",
    ConnectorSettings: "interface",
    ImportExisting: "interface",
    // Inputs
    ApiKeySourceKind: "enum",
    CartesiaApiKey: "class",
    ApiKeyVariableOptions: "interface",
    CredentialNameOptions: "interface",
    CartesiaModel: "class",
    Emotion: "class",
    GenerationConfig: "interface",
    ModelKind: "enum",
    OutputFormat: "class",
    AudioContainer: "enum",
    AudioContainerName: "type",
    Mp3BitRate: "enum",
    Mp3FormatOptions: "interface",
    OutputFormatJson: "type",
    OutputFormatSpec: "interface",
    PcmEncoding: "enum",
    PcmEncodingName: "type",
    PcmFormatOptions: "interface",
    SampleRate: "enum",
    IntegrationConfigMode: "enum",
    STANDALONE_CONFIG_ENV: "const",
    // Errors
    CartesiaConnectorConfigError: "class",
    ConnectorErrors: "class",
    // The connector type's facts, overridable
    GENESYS_TTS_CONNECTOR: "const",
    ConnectorPropertyKeys: "interface",
    ConnectorPropertyKeyOverrides: "interface",
    TtsConnectorType: "interface",
    TtsConnectorTypeOverrides: "interface",
    // The pure config builder, for use without the construct
    buildConnectorConfig: "function",
    ConnectorConfig: "interface",
    JsonValue: "type",
    API_KEY_HEADER: "const",
    VERSION_HEADER: "const",
    CARTESIA_API_BASE_URL: "const",
    DEFAULT_CARTESIA_VERSION: "const",
    // The constants, on a class for every jsii language
    ConnectorConstants: "class",
    // The generated Genesys bindings
    GenesyscloudProvider: "class",
    GenesyscloudProviderConfig: "interface",
    provider: "namespace",
    integration: "namespace",
    integrationConfig: "namespace",
    integrationCredential: "namespace",
    flow: "namespace",
    dataGenesyscloudIntegration: "namespace",
    dataGenesyscloudIntegrationCredential: "namespace",
    dataGenesyscloudFlow: "namespace",
  });
});

test("nothing under lib/private/ is exported, but for the JsonValue type the config's data is typed with", () => {
  const fromPrivate = exported.filter(({ declaration }) => declaration.getSourceFile().fileName.includes(`${path.sep}private${path.sep}`)).map((e) => e.name);
  expect(fromPrivate).toEqual(["JsonValue"]);
});

test("every hand-written export and each of its public members has TSDoc", () => {
  const undocumented: string[] = [];
  for (const { name, target, declaration } of exported) {
    if (isGenerated(declaration)) continue;
    if (!documented(target)) undocumented.push(name);
    const members: ts.Symbol[] = [];
    if (ts.isEnumDeclaration(declaration)) members.push(...declaration.members.map((m) => checker.getSymbolAtLocation(m.name)!));
    if (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration))
      members.push(...checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(target)));
    if (ts.isClassDeclaration(declaration)) {
      members.push(...checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(target, declaration)).filter((m) => m.name !== "prototype"));
    }
    for (const member of members) {
      const memberDeclaration = member.declarations?.[0];
      if (!memberDeclaration || memberDeclaration.getSourceFile().fileName.includes("node_modules")) continue;
      if (ts.getCombinedModifierFlags(memberDeclaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
      if (!documented(member)) undocumented.push(`${name}.${member.name}`);
    }
  }
  expect(undocumented).toEqual([]);
});

test("the package's entry point loads the same names at run time", () => {
  const runtime = Object.keys(require("../../lib") as object).sort();
  const values = exported.filter(({ target }) => target.flags & (ts.SymbolFlags.Value | ts.SymbolFlags.ValueModule)).map((e) => e.name);
  expect(runtime).toEqual(values.sort());
});
