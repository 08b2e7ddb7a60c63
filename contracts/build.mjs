// Compiles the Solidity test doubles in this folder with solcjs (tools/node/node_modules/solc) into
// contracts/out/<Name>.json = { contractName, abi, bytecode, deployedBytecode }.
// Usage: node contracts/build.mjs [--quiet]. Exit 1 on any compiler error or warning.
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(here);
const outDir = join(here, 'out');
const quiet = process.argv.includes('--quiet');

// The doubles that get deployed; everything else in the folder is a base contract or an interface.
const deployable = ['ControllerDouble', 'RoundsManagerDouble', 'BondingManagerDouble', 'TicketBrokerDouble', 'ServiceRegistryDouble'];

const require = createRequire(join(repoRoot, 'tools', 'node', 'package.json'));
let solc;
try {
    solc = require('solc');
} catch {
    console.error('contracts/build.mjs: solc is not installed; run `npm install --prefix tools/node` first');
    process.exit(1);
}

const sources = {};
for (const file of readdirSync(here).filter(f => f.endsWith('.sol')).sort()) {
    sources[file] = { content: readFileSync(join(here, file), 'utf8') };
}

const input = {
    language: 'Solidity',
    sources,
    settings: {
        // ganache 7 predates Shanghai, so no PUSH0 (the default target of solc >= 0.8.20 emits it).
        evmVersion: 'paris',
        optimizer: { enabled: true, runs: 200 },
        outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
};

const output = JSON.parse(solc.compile(JSON.stringify(input)));
const problems = output.errors ?? [];
for (const problem of problems) {
    console.error(problem.formattedMessage ?? problem.message);
}
if (problems.length > 0) {
    const errors = problems.filter(p => p.severity === 'error').length;
    console.error(`contracts/build.mjs: solc ${solc.version()} reported ${errors} error(s) and ${problems.length - errors} warning(s); warnings count as errors here`);
    process.exit(1);
}

mkdirSync(outDir, { recursive: true });
for (const name of deployable) {
    const compiled = output.contracts[`${name}.sol`]?.[name];
    if (!compiled || !compiled.evm.bytecode.object) {
        console.error(`contracts/build.mjs: ${name}.sol did not produce a deployable contract ${name}`);
        process.exit(1);
    }
    const artifact = {
        contractName: name,
        compiler: `solc ${solc.version()} (optimizer 200 runs, evmVersion paris)`,
        abi: compiled.abi,
        bytecode: `0x${compiled.evm.bytecode.object}`,
        deployedBytecode: `0x${compiled.evm.deployedBytecode.object}`,
    };
    // Write then rename, so a reader never sees half a file.
    const target = join(outDir, `${name}.json`);
    writeFileSync(`${target}.tmp`, `${JSON.stringify(artifact, null, 2)}\n`);
    renameSync(`${target}.tmp`, target);
}
if (!quiet) {
    console.log(`contracts/build.mjs: compiled ${deployable.length} contracts with solc ${solc.version()} into contracts/out`);
}
