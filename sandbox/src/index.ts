/** The package's public entry: start the sandbox in this process (tests, benches) and its options. */
export { startSandbox, type RunningSandbox } from './server.js';
export type { SandboxOptions } from './config.js';
