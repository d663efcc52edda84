import * as fs from "node:fs";
import * as path from "node:path";
import { findTerraform } from "../../../../tools/shared/terraform/find-terraform";
import { tempDir } from "../../../support/helpers";

test("the first executable terraform on PATH; a file that is not executable, or a folder, is passed over", () => {
  const [a, b, c] = [tempDir(), tempDir(), tempDir()];
  fs.writeFileSync(path.join(a, "terraform"), "not executable", { mode: 0o644 });
  fs.mkdirSync(path.join(b, "terraform"));
  fs.writeFileSync(path.join(c, "terraform"), "#!/bin/sh\n", { mode: 0o755 });
  expect(findTerraform({ PATH: [a, b, "", c].join(path.delimiter) }, "linux")).toBe(path.join(c, "terraform"));
  expect(findTerraform({ PATH: [a, b].join(path.delimiter) }, "linux")).toBeUndefined();
  expect(findTerraform({}, "linux")).toBeUndefined();
});
