// stdin {json, password} -> stdout {address, privateKey}: ethers opens a keystore file.
const ethers = require("./ethers.cjs");
const readStdinJson = require("./read-stdin.cjs");

readStdinJson().then((input) => {
  const wallet = ethers.Wallet.fromEncryptedJsonSync(input.json, input.password);
  process.stdout.write(JSON.stringify({ address: wallet.address, privateKey: wallet.privateKey }));
}).catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
