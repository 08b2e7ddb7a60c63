// stdin {path, contract} -> stdout {abi, bytecode}: compiles one Solidity file with solc-js from
// tools/node (standard JSON, evmVersion paris: ganache 7 predates PUSH0, optimizer 200 runs).
const fs = require("fs");
const path = require("path");
const readStdinJson = require("./read-stdin.cjs");

const location = path.resolve(__dirname, "..", "..", "..", "tools", "node", "node_modules", "solc");
let solc;
try {
  solc = require(location);
} catch (error) {
  process.stderr.write(`solc is not installed at ${location}; run: npm install --prefix tools/node\n${error}\n`);
  process.exit(3);
}

readStdinJson().then((input) => {
  const name = path.basename(input.path);
  const request = {
    language: "Solidity",
    sources: { [name]: { content: fs.readFileSync(input.path, "utf8") } },
    settings: {
      evmVersion: "paris",
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(request)));
  const errors = (output.errors || []).filter((e) => e.severity === "error");
  if (errors.length > 0) {
    process.stderr.write(errors.map((e) => e.formattedMessage).join("\n"));
    process.exit(1);
  }
  const compiled = output.contracts[name] && output.contracts[name][input.contract];
  if (!compiled) {
    process.stderr.write(`contract ${input.contract} not found in ${name}`);
    process.exit(1);
  }
  process.stdout.write(JSON.stringify({ abi: compiled.abi, bytecode: "0x" + compiled.evm.bytecode.object, version: solc.version() }));
}).catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
