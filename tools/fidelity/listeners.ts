/**
 * HTTP and HTTPS listeners for the real curl: each answers every request on its address and port
 * with the exact bytes Pathwise's curl received from the simulated service (status line, headers,
 * body; no body for HEAD). HTTPS certificates come from a throwaway CA made with the openssl CLI at
 * the start of a run; curl trusts it through CURL_CA_BUNDLE.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";

function openssl(args: string[], cwd: string): void {
  execFileSync("openssl", args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
}

export class Certs {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), "pathwise-certs-"));
  readonly caFile = path.join(this.dir, "ca.crt");
  private made = new Map<string, { key: Buffer; cert: Buffer }>();

  constructor() {
    openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-subj", "/CN=Pathwise Fidelity Test CA", "-days", "30"], this.dir);
  }

  for(host: string): { key: Buffer; cert: Buffer } {
    const have = this.made.get(host);
    if (have) return have;
    const base = host.replace(/[^a-zA-Z0-9.-]/g, "_");
    const san = /^\d+\.\d+\.\d+\.\d+$/.test(host) ? `IP:${host}` : `DNS:${host}`;
    if (!existsSync(path.join(this.dir, `${base}.crt`))) {
      openssl(["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", `${base}.key`, "-out", `${base}.csr`, "-subj", `/CN=${host}`, "-addext", `subjectAltName=${san}`], this.dir);
      openssl(["x509", "-req", "-in", `${base}.csr`, "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", `${base}.crt`, "-days", "30", "-copy_extensions", "copy"], this.dir);
    }
    const pair = { key: readFileSync(path.join(this.dir, `${base}.key`)), cert: readFileSync(path.join(this.dir, `${base}.crt`)) };
    this.made.set(host, pair);
    return pair;
  }
}

/** Answers each request on the connection with the response for its method and path (headers only for HEAD). */
function serve(sock: net.Socket, responses: Map<string, string>): void {
  let buf = "";
  sock.on("data", (d: Buffer) => {
    buf += d.toString("latin1");
    let end: number;
    while ((end = buf.indexOf("\r\n\r\n")) >= 0) {
      const head = buf.slice(0, end);
      buf = buf.slice(end + 4);
      const isHead = /^HEAD /.test(head);
      const [method, target] = head.split(" ");
      const response = responses.get(`${method} ${target}`) ?? responses.get(`GET ${target}`) ?? [...responses.values()][0];
      const cut = response.indexOf("\r\n\r\n");
      sock.write(isHead && cut >= 0 ? response.slice(0, cut + 4) : response);
    }
  });
  sock.on("error", () => undefined);
}

export class Listeners {
  private servers: net.Server[] = [];
  private routes = new Map<string, Map<string, string>>();
  private sockets = new Set<net.Socket>();

  constructor(private certs: Certs) {}

  /** Serves RESPONSE for REQUEST ("GET /path") on ADDR:PORT; one server per address and port. */
  async listen(addr: string, port: number, scheme: string, host: string, request: string, response: string): Promise<void> {
    const key = `${addr}:${port}`;
    const known = this.routes.get(key);
    if (known) {
      if (!known.has(request)) known.set(request, response);
      return;
    }
    const responses = new Map([[request, response]]);
    this.routes.set(key, responses);
    const server =
      scheme === "https"
        ? tls.createServer({ ...this.certs.for(host), ALPNProtocols: ["http/1.1"] }, (s) => this.track(s, responses))
        : net.createServer((s) => this.track(s, responses));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, addr, () => resolve());
    });
    this.servers.push(server);
  }

  private track(s: net.Socket, responses: Map<string, string>): void {
    this.sockets.add(s);
    s.on("close", () => this.sockets.delete(s));
    serve(s, responses);
  }

  async closeAll(): Promise<void> {
    // connections curl left open must not keep the servers alive
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    const all = this.servers;
    this.servers = [];
    this.routes.clear();
    await Promise.all(all.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }
}
