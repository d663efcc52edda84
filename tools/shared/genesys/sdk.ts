import type * as PlatformClient from "purecloud-platform-client-v2";

/** Genesys's official SDK, `purecloud-platform-client-v2`, as loaded. */
export type GenesysSdk = typeof PlatformClient;
/** The SDK's models: the contract every answer of Genesys is typed against, here and in the tests' stand-in. */
export type { Models } from "purecloud-platform-client-v2";

let loaded: Promise<GenesysSdk> | undefined;

/**
 * Loads the SDK on first use only (it is large, and only `verify` and `adopt` need it). At load the SDK
 * reads `~/.genesyscloudjavascript/config` for its process-wide client and starts watching it; that
 * watch is stopped here, and every client this module makes undoes what the file could have set.
 */
export function loadGenesysSdk(): Promise<GenesysSdk> {
  loaded ??= import("purecloud-platform-client-v2").then(
    (module) => {
      // A CommonJS module: its exports are `default` when loaded as ESM (tsx), and copied beside it under require.
      const sdk = (module as { default?: GenesysSdk }).default ?? module;
      sdk.ApiClient.config.live_reload_config = false;
      sdk.ApiClient.config.setConfigPath("");
      return sdk;
    },
    (error: unknown) => {
      loaded = undefined;
      throw new Error(
        `could not load Genesys's SDK (purecloud-platform-client-v2): ${(error as Error).message}. If ~/.genesyscloudjavascript/config exists, it must be valid INI or JSON.`,
      );
    },
  );
  return loaded;
}
