#!/usr/bin/env node
/** `cartesia-genesys <command>`: the library's commands around a synthesized `cdktf.out`. */
import { runCli } from "./commands";
import { processContext } from "./shared/cli/context";
import { aliasEngine } from "./shared/cli/engine-alias";

aliasEngine();

void runCli(process.argv.slice(2), processContext()).then((code) => process.exit(code));
