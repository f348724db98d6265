#!/usr/bin/env node
// Entry point: loads the TypeScript CLI through tsx so `npx laurel` works right after `npm ci`.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/index.ts");
process.exitCode = await main(process.argv.slice(2));
