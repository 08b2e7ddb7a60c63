// Drives the official @livepeer/ai SDK against a gateway: reads {serverURL, httpBearer?, calls:[...]} as JSON on
// stdin, runs each call in order and prints one JSON array of outcomes on stdout. Each call is
// {op, file?, modelId?, prompt?, text?} where op is an SDK method name under sdk.generate; an outcome is
// {ok:true, result} with the parsed response, or {ok:false, error:{name, message, statusCode, detail}} with what
// the SDK made of the error. Run by tests/TestSupport/AiSdk/SdkCalls.cs (the gateway's AI tests and the end-to-end tests).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { createRequire } = require("node:module");

const repoRoot = process.env.LP_REPO_ROOT;
if (!repoRoot) {
  console.error("LP_REPO_ROOT must name the repository root (tools/node/node_modules holds the SDK)");
  process.exit(2);
}
const requireFromTools = createRequire(path.join(repoRoot, "tools", "node", "package.json"));
const { Livepeer } = requireFromTools("@livepeer/ai");

function describe(error) {
  return {
    name: error?.name ?? typeof error,
    message: String(error?.message ?? error),
    statusCode: error?.statusCode ?? error?.rawResponse?.status ?? null,
    detail: error?.detail ?? null,
  };
}

function image(call) {
  return { fileName: path.basename(call.file), content: fs.readFileSync(call.file) };
}

async function run(sdk, call) {
  const generate = sdk.generate;
  switch (call.op) {
    case "imageToText":
      return (await generate.imageToText({ image: image(call), modelId: call.modelId ?? "", prompt: call.prompt ?? "" })).imageToTextResponse;
    case "upscale":
      return (await generate.upscale({ image: image(call), prompt: call.prompt ?? "sharper", modelId: call.modelId ?? "" })).imageResponse;
    case "textToImage":
      return (await generate.textToImage({ prompt: call.prompt ?? "a cat", modelId: call.modelId ?? "" })).imageResponse;
    case "imageToImage":
      return (await generate.imageToImage({ image: image(call), prompt: call.prompt ?? "a cat", modelId: call.modelId ?? "" })).imageResponse;
    case "textToSpeech":
      return (await generate.textToSpeech({ text: call.text ?? "hello", modelId: call.modelId ?? "" })).audioResponse;
    case "llm":
      return (await generate.llm({ messages: [{ role: "user", content: call.text ?? "hi" }], model: call.modelId ?? "" })).llmResponse;
    default:
      throw new Error(`unknown op ${call.op}`);
  }
}

async function main() {
  const input = JSON.parse(fs.readFileSync(0, "utf8"));
  const sdk = new Livepeer({ serverURL: input.serverURL, httpBearer: input.httpBearer ?? undefined });
  const outcomes = [];
  for (const call of input.calls) {
    try {
      outcomes.push({ ok: true, result: await run(sdk, call) });
    } catch (error) {
      outcomes.push({ ok: false, error: describe(error) });
    }
  }
  process.stdout.write(JSON.stringify(outcomes));
}

main().catch((error) => {
  console.error(error?.stack ?? String(error));
  process.exit(1);
});
