// stdin {privateKey, txs: [...]} -> stdout ["0x..."]: each transaction signed by an ethers Wallet.
const ethers = require("./ethers.cjs");
const readStdinJson = require("./read-stdin.cjs");

readStdinJson().then(async (input) => {
  const wallet = new ethers.Wallet(input.privateKey);
  const raws = [];
  for (const tx of input.txs) {
    raws.push(await wallet.signTransaction(ethers.Transaction.from({
      type: tx.type,
      chainId: BigInt(tx.chainId),
      nonce: Number(tx.nonce),
      gasLimit: BigInt(tx.gasLimit),
      gasPrice: tx.type === 0 ? BigInt(tx.gasPrice) : undefined,
      maxFeePerGas: tx.type === 2 ? BigInt(tx.maxFeePerGas) : undefined,
      maxPriorityFeePerGas: tx.type === 2 ? BigInt(tx.maxPriorityFeePerGas) : undefined,
      to: tx.to,
      value: BigInt(tx.value),
      data: tx.data,
      accessList: tx.type === 2 ? tx.accessList : undefined,
    })));
  }
  process.stdout.write(JSON.stringify(raws));
}).catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
