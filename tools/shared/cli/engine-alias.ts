import Module from "node:module";

/** Node's resolver, which `Module` has but does not type. */
interface Resolver {
  _resolveFilename(request: string, ...rest: unknown[]): string;
}

/**
 * In an app on CDK Terrain, lets the library code the command shares (written against `cdktf`, like
 * `lib/`) load `cdktn` instead: the same API, as the cdktn construct package is built and as jest's
 * cdktn project maps it. Only `adopt` loads an engine (it checks the props it prints with the
 * construct's own validation); the other commands load none. Called once, by the bin (tools/cli.ts).
 *
 * @param canResolve whether a package resolves from the command's own folder (the app's node_modules)
 */
export function aliasEngine(canResolve: (name: string) => boolean = defaultCanResolve): void {
  if (canResolve("cdktf") || !canResolve("cdktn")) return;
  const resolver = Module as unknown as Resolver;
  const original = resolver._resolveFilename.bind(Module);
  resolver._resolveFilename = (request, ...rest) =>
    original(request === "cdktf" || request.startsWith("cdktf/") ? `cdktn${request.slice("cdktf".length)}` : request, ...rest);
}

function defaultCanResolve(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** What a command that needs an engine says where neither is installed. */
export function noEngineMessage(command: string): string {
  return `${command}: needs the app's engine, cdktf or cdktn (with constructs), installed where the command runs: it checks what it prints with the construct library's own validation. Run it in your app's folder, or npm install cdktf constructs.`;
}
