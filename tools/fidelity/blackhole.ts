/**
 * A TCP endpoint on 127.0.0.1 that never completes a handshake: a socket listening with a backlog
 * of 0 whose queue is filled by connections nobody accepts, so the kernel drops every further SYN
 * and a client's connect() times out — what a request from a subnet with no route to the service
 * does. Node's net server always accepts, so the listener is a few lines of Python (python3 is a
 * dependency of Debian's awscli, so it is there wherever the harness runs).
 */
import { spawn } from "node:child_process";

const SCRIPT = `
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)
port = s.getsockname()[1]
fill = []
for i in range(4):
    c = socket.socket(); c.setblocking(False)
    try: c.connect(("127.0.0.1", port))
    except BlockingIOError: pass
    fill.append(c)
print(port, flush=True)
sys.stdin.read()
`;

export async function startBlackhole(): Promise<{ port: number; stop: () => void }> {
  const p = spawn("/usr/bin/python3", ["-c", SCRIPT], { stdio: ["pipe", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    p.stdout.once("data", (d: Buffer) => resolve(Number(d.toString().trim())));
    p.once("error", reject);
  });
  return { port, stop: () => p.kill() };
}
