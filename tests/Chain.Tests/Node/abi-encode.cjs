// stdin [{types: [...], values: [...]}] -> stdout ["0x..."]: ethers' ABI encoding of each case.
// Numbers arrive as decimal strings, bytes as 0x-hex, addresses as hex, lists as arrays.
const ethers = require("./ethers.cjs");
const readStdinJson = require("./read-stdin.cjs");

readStdinJson().then((cases) => {
  const coder = ethers.AbiCoder.defaultAbiCoder();
  const out = cases.map((c, i) => {
    try {
      return coder.encode(c.types, c.values);
    } catch (e) {
      throw new Error(`case ${i} (${c.types.join(",")}): ${e.message}`);
    }
  });
  process.stdout.write(JSON.stringify(out));
}).catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
