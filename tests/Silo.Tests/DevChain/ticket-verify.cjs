// stdin [{recipient, sender, faceValue, winProb, senderNonce, recipientRandHash, auxData, signature}] (numbers as
// decimal strings, bytes as 0x-hex) -> stdout [{hash, signer}]: the ticket hash ethers computes from the packed fields
// (chain.md §2.8) and the address ethers recovers from the EIP-191 signature over that hash.
const path = require("path");
const ethers = require(path.resolve(__dirname, "..", "..", "..", "tools", "node", "node_modules", "ethers"));

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { text += chunk; });
process.stdin.on("end", () => {
  try {
    const tickets = JSON.parse(text);
    const out = tickets.map((t) => {
      const hash = ethers.solidityPackedKeccak256(
        ["address", "address", "uint256", "uint256", "uint256", "bytes32", "bytes"],
        [t.recipient, t.sender, t.faceValue, t.winProb, t.senderNonce, t.recipientRandHash, t.auxData]);
      return { hash, signer: ethers.verifyMessage(ethers.getBytes(hash), t.signature) };
    });
    process.stdout.write(JSON.stringify(out));
  } catch (e) {
    process.stderr.write(String(e && e.stack || e));
    process.exit(1);
  }
});
