/**
 * A private network for the real Linux tools: the harness re-runs itself in a new user, mount and
 * network namespace (`unshare -rmn`, no privileges needed), where it is root of a network that has
 * only a loopback interface. There it can
 *   - put any address the World uses on `lo` (10.0.0.2, an endpoint's 10.0.1.25, 169.254.169.254)
 *     and listen on port 53, 80 or 443 of it;
 *   - make an address silent: routed into a veth pair whose far end drops every frame, so a TCP
 *     connect times out just as from a subnet with no route (SYNs vanish, nothing answers);
 *   - give dig/host/nslookup/curl the resolv.conf of an Amazon Linux 2023 host (systemd-resolved's
 *     stub, 127.0.0.53) by bind-mounting it over /etc/resolv.conf.
 * Nothing outside the namespace changes, and it disappears with the process.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const RESOLV_CONF = "nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch ec2.internal\n";

/** True when this process already runs in the harness's namespace. */
export function inNetns(): boolean {
  return process.env.FIDELITY_NETNS === "1";
}

/** Whether unprivileged namespaces work on this machine (they do on Debian 12 by default). */
export function netnsAvailable(): boolean {
  return spawnSync("unshare", ["-rmn", "true"], { stdio: "ignore" }).status === 0;
}

/** Re-runs this very command (same node flags, same arguments) inside a fresh namespace; resolves to its exit code. */
export function reexecInNetns(): Promise<number> {
  return new Promise((resolve) => {
    const p = spawn("unshare", ["-rmn", "--", process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
      stdio: "inherit",
      env: { ...process.env, FIDELITY_NETNS: "1" },
    });
    p.on("close", (code) => resolve(code ?? 2));
  });
}

function ip(...args: string[]): void {
  execFileSync("ip", args, { stdio: ["ignore", "ignore", "pipe"] });
}

const HOLE_NEAR = "192.0.2.1";
const HOLE_FAR = "192.0.2.2";

/** The namespace's network, set up once; addresses and silent routes are added per case and removed after. */
export class NetLab {
  private added = new Set<string>();
  private silent = new Set<string>();

  setup(): void {
    ip("link", "set", "lo", "up");
    ip("link", "add", "pwhole0", "type", "veth", "peer", "name", "pwhole1");
    ip("addr", "add", `${HOLE_NEAR}/30`, "dev", "pwhole0");
    ip("link", "set", "pwhole0", "up");
    ip("link", "set", "pwhole1", "up");
    // a neighbour that never answers: frames go out and are dropped on the far side
    ip("neigh", "add", HOLE_FAR, "lladdr", "02:00:00:00:00:02", "dev", "pwhole0", "nud", "permanent");
    const dir = mkdtempSync(path.join(os.tmpdir(), "pathwise-netns-"));
    const conf = path.join(dir, "resolv.conf");
    writeFileSync(conf, RESOLV_CONF);
    execFileSync("mount", ["--bind", conf, "/etc/resolv.conf"]);
  }

  /** Puts ADDR on the loopback interface (127/8 is there already). */
  address(addr: string): void {
    if (addr.startsWith("127.") || this.added.has(addr)) return;
    ip("addr", "add", `${addr}/32`, "dev", "lo");
    this.added.add(addr);
  }

  /** Makes ADDR silent: connections to it time out. */
  blackhole(addr: string): void {
    if (this.silent.has(addr) || this.added.has(addr)) return;
    ip("route", "add", `${addr}/32`, "via", HOLE_FAR, "dev", "pwhole0");
    this.silent.add(addr);
  }

  reset(): void {
    for (const a of this.added) ip("addr", "del", `${a}/32`, "dev", "lo");
    for (const a of this.silent) ip("route", "del", `${a}/32`);
    this.added.clear();
    this.silent.clear();
  }
}
