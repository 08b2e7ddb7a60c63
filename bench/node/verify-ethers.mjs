// Verifies the tickets in a tickets.bin (see ../TICKETS-FORMAT.md) with ethers.js, the way a JS
// implementation would: ticket hash, personal-sign recovery, signer == sender, win test.
// Prints one JSON line with the single-core rate. Node runs this on one thread.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(new URL('../../tools/node/package.json', import.meta.url));
const { ethers } = require('ethers');

const [file, roundsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node verify-ethers.mjs tickets.bin [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 2);
const buf = readFileSync(file);
if (buf.subarray(0, 4).toString('ascii') !== 'LPTK') {
  console.error(`${file}: not a ticket file`);
  process.exit(2);
}
const count = buf.readUInt32LE(4);
const tickets = [];
let off = 8;
for (let i = 0; i < count; i++) {
  const len = buf[off]; off += 1;
  const flat = buf.subarray(off, off + len); off += len;
  const sig = buf.subarray(off, off + 65); off += 65;
  const rand = buf.subarray(off, off + 32); off += 32;
  const sender = ethers.getAddress(ethers.hexlify(buf.subarray(off, off + 20))); off += 20;
  tickets.push({ flat, sig, rand, sender });
}

function verifyAll() {
  let valid = 0;
  let wins = 0;
  for (const t of tickets) {
    const ticketHash = ethers.keccak256(t.flat);
    const signer = ethers.recoverAddress(ethers.hashMessage(ethers.getBytes(ticketHash)), ethers.hexlify(t.sig));
    if (signer === t.sender) valid++;
    const winProb = BigInt(ethers.hexlify(t.flat.subarray(72, 104)));
    if (BigInt(ethers.keccak256(ethers.concat([t.sig, t.rand]))) < winProb) wins++;
  }
  return { valid, wins };
}

// perSecondPerCore: wall clock, best round. cpuPerSecondPerCore: the same per second of this
// process's CPU time (user + system), which time spent waiting for a shared core does not inflate.
let best = 0;
let bestCpu = 0;
let result;
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  result = verifyAll();
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  best = Math.max(best, count / secs);
  bestCpu = Math.max(bestCpu, count / ((cpu.user + cpu.system) / 1e6));
}
console.log(JSON.stringify({
  impl: 'ethers.js', ethers: ethers.version, tickets: count, valid: result.valid, wins: result.wins,
  perSecondPerCore: Number(best.toFixed(1)), cpuPerSecondPerCore: Number(bestCpu.toFixed(1)),
}));
process.exit(result.valid === count ? 0 : 1);
