// stdin {privateKey, password, n} -> stdout: keystore JSON written by ethers with scrypt N = n.
const ethers = require("./ethers.cjs");
const readStdinJson = require("./read-stdin.cjs");

readStdinJson().then((input) => {
  const wallet = new ethers.Wallet(input.privateKey);
  const json = ethers.encryptKeystoreJsonSync(
    { address: wallet.address, privateKey: wallet.privateKey },
    input.password,
    { scrypt: { N: input.n } });
  process.stdout.write(json);
}).catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
