// An independent Livepeer gateway client written only with ethers, @grpc/grpc-js, @grpc/proto-loader and protobufjs
// (tools/node), from the spec (pm-protocol.md §2, §6-9): GetOrchestrator with a signed OrchestratorRequest, a paid
// POST /segment (tickets signed with ethers), the renditions downloaded, then the same payment replayed.
// stdin: {url, certPem, proto, privateKey, segmentFile, manifestId, seq, durationMs, profiles: [{name,width,height,bitrate,fps}]}
// stdout: JSON report of what the orchestrator answered.
const fs = require("fs");
const path = require("path");
const https = require("https");

const modules = path.resolve(__dirname, "..", "..", "..", "tools", "node", "node_modules");
function load(name) {
  try {
    return require(path.join(modules, name));
  } catch (error) {
    process.stderr.write(`${name} is not installed in ${modules}; run: npm install --prefix tools/node\n${error}\n`);
    process.exit(3);
  }
}
const ethers = load("ethers");
const grpc = load("@grpc/grpc-js");
const protoLoader = load("@grpc/proto-loader");
const protobuf = load("protobufjs");

const MAXP = (1n << 256n) - 1n;

function readStdin() {
  return new Promise((resolve, reject) => {
    let text = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => (text += chunk));
    process.stdin.on("end", () => resolve(JSON.parse(text)));
    process.stdin.on("error", reject);
  });
}

const pad32 = (n) => ethers.zeroPadValue(ethers.toBeArray(BigInt(n)), 32);
const big = (bytes) => (bytes && bytes.length ? BigInt(ethers.hexlify(bytes)) : 0n);
const bitstring = (caps) => {
  const words = [];
  for (const c of caps) {
    const w = Math.floor(c / 64);
    while (words.length <= w) words.push(0n);
    words[w] |= 1n << BigInt(c % 64);
  }
  return words.map((w) => w.toString());
};

// pm-protocol.md §2.3: recipient ‖ sender ‖ faceValue ‖ winProb ‖ senderNonce ‖ recipientRandHash ‖ auxData.
function ticketHash(params, sender, nonce, expiration) {
  const round = BigInt(expiration.creation_round || 0);
  const blockHash = expiration.creation_round_block_hash && expiration.creation_round_block_hash.length
    ? ethers.zeroPadValue(expiration.creation_round_block_hash, 32) : ethers.ZeroHash;
  const aux = round === 0n && blockHash === ethers.ZeroHash ? "0x" : ethers.concat([pad32(round), blockHash]);
  return ethers.keccak256(ethers.concat([
    params.recipient, sender, pad32(big(params.face_value)), pad32(big(params.win_prob)), pad32(nonce),
    params.recipient_rand_hash, aux,
  ]));
}

// pm-protocol.md §9.2: manifestId ‖ pad32(seq) ‖ hash ‖ ASCII hex of keccak(name)[0:4] per profile.
function flatten(manifestId, seq, hash, names) {
  const tags = names.map((n) => ethers.keccak256(ethers.toUtf8Bytes(n)).slice(2, 10)).join("");
  return ethers.concat([ethers.toUtf8Bytes(manifestId), pad32(seq), hash, ethers.toUtf8Bytes(tags)]);
}

function post(url, route, headers, body, ca) {
  return new Promise((resolve, reject) => {
    const target = new URL(route, url);
    const request = https.request(target, { method: "POST", headers: { ...headers, "Content-Length": body.length }, ca, rejectUnauthorized: false }, (response) => {
      const chunks = [];
      response.on("data", (c) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

function get(url, ca) {
  return new Promise((resolve, reject) => {
    https.get(url, { ca, rejectUnauthorized: false }, (response) => {
      const chunks = [];
      response.on("data", (c) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

async function main() {
  const input = await readStdin();
  const wallet = new ethers.Wallet(input.privateKey);
  const ca = fs.readFileSync(input.certPem);
  const sender = wallet.address;

  // gRPC GetOrchestrator (§8.1): sig = personal_sign(keccak(ASCII of the checksummed address)).
  const definition = protoLoader.loadSync(input.proto, { keepCase: true, longs: String, enums: Number, defaults: false, oneofs: true });
  const net = grpc.loadPackageDefinition(definition).net;
  const client = new net.Orchestrator(new URL(input.url).host, grpc.credentials.createSsl(ca));
  const infoSig = wallet.signMessageSync(ethers.getBytes(ethers.keccak256(ethers.toUtf8Bytes(sender))));
  const caps = [0, 1, 4, 12];
  const info = await new Promise((resolve, reject) => client.GetOrchestrator({
    address: Buffer.from(ethers.getBytes(sender)),
    sig: Buffer.from(ethers.getBytes(infoSig)),
    capabilities: { bitstring: bitstring(caps) },
  }, { deadline: Date.now() + 8000 }, (error, reply) => (error ? reject(error) : resolve(reply))));
  client.close();

  // Tickets (§2.4): Eth.Sign = personal_sign over the 32-byte ticket hash; enough of them for the fee (§10.2).
  const params = info.ticket_params;
  const expiration = params.expiration_params;
  const price = { per: BigInt(info.price_info.pricePerUnit || 0), pixels: BigInt(info.price_info.pixelsPerUnit) };
  const seconds = BigInt(Math.ceil(input.durationMs / 1000));
  const pixels = input.profiles.reduce((sum, p) => sum + BigInt(p.width * p.height) * BigInt(Math.ceil(p.fps || 60)) * seconds, 0n);
  const fee = (pixels * 102n * price.per) / (100n * price.pixels);
  const ev = (big(params.face_value) * big(params.win_prob)) / MAXP;
  const tickets = Math.max(1, Number(ev > 0n ? (fee + ev - 1n) / ev : 1n));
  const senderParams = [];
  for (let nonce = 1; nonce <= tickets; nonce++) {
    const hash = ticketHash(params, sender, nonce, expiration);
    senderParams.push({ senderNonce: nonce, sig: ethers.getBytes(wallet.signMessageSync(ethers.getBytes(hash))) });
  }

  const root = protobuf.loadSync(input.proto);
  const Payment = root.lookupType("net.Payment");
  const SegData = root.lookupType("net.SegData");
  const TranscodeResult = root.lookupType("net.TranscodeResult");
  const payment = Payment.encode(Payment.create({
    ticketParams: {
      recipient: params.recipient, faceValue: params.face_value, winProb: params.win_prob,
      recipientRandHash: params.recipient_rand_hash, seed: params.seed, expirationBlock: params.expiration_block,
    },
    sender: ethers.getBytes(sender),
    expirationParams: { creationRound: expiration.creation_round, creationRoundBlockHash: expiration.creation_round_block_hash },
    ticketSenderParams: senderParams,
    expectedPrice: { pricePerUnit: info.price_info.pricePerUnit, pixelsPerUnit: info.price_info.pixelsPerUnit },
  })).finish();

  // SegData (§6.9), signed with Broadcaster.Sign = personal_sign(keccak(flatten)).
  const segment = fs.readFileSync(input.segmentFile);
  const hash = ethers.keccak256(segment);
  const flat = flatten(input.manifestId, input.seq, hash, input.profiles.map((p) => p.name));
  const segData = SegData.encode(SegData.create({
    manifestId: ethers.toUtf8Bytes(input.manifestId),
    seq: input.seq,
    hash: ethers.getBytes(hash),
    profiles: ethers.toUtf8Bytes("invalid"),
    sig: ethers.getBytes(wallet.signMessageSync(ethers.getBytes(ethers.keccak256(flat)))),
    duration: input.durationMs,
    capabilities: { bitstring: bitstring(caps) },
    authToken: { token: info.auth_token.token, sessionId: info.auth_token.session_id, expiration: info.auth_token.expiration },
    fullProfiles: input.profiles.map((p) => ({ name: p.name, width: p.width, height: p.height, bitrate: p.bitrate, fps: p.fps })),
  })).finish();

  const headers = {
    "Livepeer-Payment": Buffer.from(payment).toString("base64"),
    "Livepeer-Segment": Buffer.from(segData).toString("base64"),
    "Content-Type": "video/MP2T",
  };
  const first = await post(input.url, "/segment", headers, segment, ca);
  const report = {
    info: {
      transcoder: info.transcoder,
      recipient: ethers.getAddress(ethers.hexlify(params.recipient)),
      sessionId: info.auth_token.session_id,
      pricePerUnit: info.price_info.pricePerUnit,
      pixelsPerUnit: info.price_info.pixelsPerUnit,
    },
    tickets,
    segment: { status: first.status },
  };
  if (first.status === 200) {
    const result = TranscodeResult.toObject(TranscodeResult.decode(first.body), { longs: String, bytes: String, oneofs: true });
    report.segment.seq = result.seq;
    report.segment.error = result.error || null;
    report.segment.renditions = [];
    for (const s of (result.data && result.data.segments) || []) {
      const download = await get(s.url, ca);
      report.segment.renditions.push({ url: s.url, pixels: s.pixels, status: download.status, bytes: download.body.length, firstByte: download.body[0] });
    }
  } else {
    report.segment.body = first.body.toString("utf8");
  }
  const replay = await post(input.url, "/segment", headers, segment, ca);
  report.replay = { status: replay.status, body: replay.body.toString("utf8") };
  process.stdout.write(JSON.stringify(report));
}

main().catch((e) => { process.stderr.write(String((e && e.stack) || e)); process.exit(1); });
