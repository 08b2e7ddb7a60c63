// Loads ethers from tools/node/node_modules (installed with `npm install --prefix tools/node`).
const path = require("path");
const location = path.resolve(__dirname, "..", "..", "..", "tools", "node", "node_modules", "ethers");
try {
  module.exports = require(location);
} catch (error) {
  process.stderr.write(`ethers is not installed at ${location}; run: npm install --prefix tools/node\n${error}\n`);
  process.exit(3);
}
