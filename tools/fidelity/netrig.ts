/**
 * The network a real dig/host/nslookup/curl sees for one corpus case, rebuilt from what Pathwise's
 * tools met in the simulated network (NetEvent, lib/shell/tools/net.ts): every DNS server Pathwise
 * asked listens on its address and answers what the simulator answered (or stays silent where the
 * simulator timed out); every address curl reached answers with the exact response Pathwise got, is
 * closed where Pathwise was refused, and swallows SYNs where Pathwise timed out. As with the AWS
 * stub, this measures the tools' side — options, layout, messages, exit codes — on the simulator's
 * answers, not the simulator's routing (lib/sim's own tests cover that).
 */
import type { NetEvent } from "../../lib/shell/tools/net";
import { DnsStub, type Reply, type Rr } from "./dns";
import { Certs, Listeners } from "./listeners";
import { NetLab } from "./netns";

const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/** A line that runs one of the network tools the rig stands in for. */
export function isNetLine(line: string): boolean {
  return /(?:^|[;&|(`]\s*|\$\()\s*(?:dig|host|nslookup|curl)(?:\s|$)/.test(line);
}

function norm(n: string): string {
  return n.toLowerCase().replace(/\.$/, "");
}

export class NetRig {
  private lab = new NetLab();
  private dns = new DnsStub();
  readonly certs: Certs;
  private listeners: Listeners;

  constructor() {
    this.lab.setup();
    this.certs = new Certs();
    this.listeners = new Listeners(this.certs);
  }

  async start(): Promise<void> {
    await this.dns.listen("127.0.0.53");
  }

  /** Builds the network for EVENTS; returns what it could not reproduce. */
  async load(events: NetEvent[]): Promise<string[]> {
    const problems: string[] = [];
    const byServer = new Map<string, Map<string, NetEvent & { kind: "dns" }>>();
    const names = new Map<string, string | null>();
    for (const e of events) {
      if (e.kind === "dns") {
        if (!IPV4.test(e.server)) continue;
        this.lab.address(e.server);
        await this.dns.listen(e.server);
        const m = byServer.get(e.server) ?? new Map();
        m.set(norm(e.result.name), e);
        byServer.set(e.server, m);
        continue;
      }
      if (!IPV4.test(e.host)) names.set(norm(e.host), e.outcome === "dns-failure" ? null : e.ip);
      if (e.outcome === "dns-failure") continue;
      if (!IPV4.test(e.ip)) {
        problems.push(`no address for ${e.host}`);
        continue;
      }
      if (e.outcome === "timeout") this.lab.blackhole(e.ip);
      else {
        this.lab.address(e.ip);
        if (e.outcome === "ok" && e.response !== undefined) {
          try {
            await this.listeners.listen(e.ip, e.port, e.scheme, e.host, e.request, e.response);
          } catch (err) {
            problems.push(`listen ${e.ip}:${e.port}: ${(err as Error).message}`);
          }
        }
      }
    }
    this.dns.answer = (server, qname, qtype): Reply => {
      const hit = byServer.get(server)?.get(norm(qname));
      if (hit) {
        const r = hit.result;
        if (r.status === "TIMEOUT") return "drop";
        if (r.status === "NXDOMAIN") return { rcode: 3, answers: [] };
        if (r.status !== "NOERROR") return { rcode: 2, answers: [] };
        const rrs: Rr[] = r.answers.map((a) => ({ name: a.name, type: a.type, ttl: a.ttl, data: a.value }));
        // a resolver returns the CNAME chain for any type, and the records of the type asked
        return { rcode: 0, answers: qtype === "ANY" ? rrs : rrs.filter((x) => x.type === "CNAME" || x.type === qtype) };
      }
      const ip = names.get(norm(qname));
      if (ip === null) return { rcode: 3, answers: [] };
      if (ip !== undefined) return { rcode: 0, answers: qtype === "A" ? [{ name: qname, type: "A", ttl: 60, data: ip }] : [] };
      return { rcode: 3, answers: [] };
    };
    return problems;
  }

  async reset(): Promise<void> {
    await this.listeners.closeAll();
    this.dns.closeAll(["127.0.0.53"]);
    this.lab.reset();
  }
}
