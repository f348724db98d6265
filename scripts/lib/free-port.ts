// A loopback port nothing listens on now: the OS picks one, we close it and hand it on (a local
// Virtuoso for the benchmark and for the tests).
import { createServer } from "node:net";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}
