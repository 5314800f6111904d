/**
 * A DNS server for the real dig/host/nslookup (RFC 1035 over UDP, with EDNS per RFC 6891). It
 * answers as a recursive resolver does (`qr rd ra`, never `aa`), with the records a callback gives,
 * and compresses names as resolvers do, so dig's `MSG SIZE` is what a real resolver's answer has.
 * A socket per server address: the question of which resolver was asked is which socket got it.
 */
import dgram from "node:dgram";

export interface Rr {
  name: string;
  type: string;
  ttl: number;
  /** A: dotted quad; CNAME/PTR/NS: a name; TXT: the text; MX: "PREF NAME" */
  data: string;
}

export type Reply = { rcode: number; answers: Rr[] } | "drop";
export type Answerer = (server: string, qname: string, qtype: string) => Reply;

export const TYPES: Record<string, number> = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, OPT: 41, ANY: 255 };
const TYPE_NAMES = Object.fromEntries(Object.entries(TYPES).map(([k, v]) => [v, k]));

/** Reads a (possibly compressed) name at OFF; returns it without the trailing dot and the offset after it. */
function readName(buf: Buffer, off: number): { name: string; next: number } {
  const labels: string[] = [];
  let next = -1;
  let p = off;
  for (let guard = 0; guard < 128; guard++) {
    const len = buf[p];
    if (len === undefined) throw new Error("truncated name");
    if ((len & 0xc0) === 0xc0) {
      if (next < 0) next = p + 2;
      p = ((len & 0x3f) << 8) | buf[p + 1];
      continue;
    }
    if (len === 0) {
      if (next < 0) next = p + 1;
      return { name: labels.join("."), next };
    }
    labels.push(buf.toString("latin1", p + 1, p + 1 + len));
    p += 1 + len;
  }
  throw new Error("name loop");
}

class Writer {
  private parts: number[] = [];
  private names = new Map<string, number>();

  u8(n: number) {
    this.parts.push(n & 0xff);
  }
  u16(n: number) {
    this.parts.push((n >> 8) & 0xff, n & 0xff);
  }
  u32(n: number) {
    this.u16((n >>> 16) & 0xffff);
    this.u16(n & 0xffff);
  }
  get length(): number {
    return this.parts.length;
  }
  bytes(b: ArrayLike<number>) {
    for (let i = 0; i < b.length; i++) this.parts.push(b[i]);
  }
  setU16(at: number, n: number) {
    this.parts[at] = (n >> 8) & 0xff;
    this.parts[at + 1] = n & 0xff;
  }
  /** A name, compressed against every name (and suffix) written before, as RFC 1035 §4.1.4 allows. */
  name(raw: string) {
    const labels = raw.replace(/\.$/, "").split(".").filter(Boolean);
    for (let i = 0; i < labels.length; i++) {
      const suffix = labels.slice(i).join(".").toLowerCase();
      const at = this.names.get(suffix);
      if (at !== undefined) {
        this.u16(0xc000 | at);
        return;
      }
      if (this.length < 0x3fff) this.names.set(suffix, this.length);
      const l = Buffer.from(labels[i], "latin1");
      this.u8(l.length);
      this.bytes(l);
    }
    this.u8(0);
  }
  buffer(): Buffer {
    return Buffer.from(this.parts);
  }
}

function rdata(w: Writer, rr: Rr) {
  const lenAt = w.length;
  w.u16(0);
  const start = w.length;
  switch (rr.type) {
    case "A":
      for (const o of rr.data.split(".")) w.u8(Number(o));
      break;
    case "CNAME":
    case "PTR":
    case "NS":
      w.name(rr.data);
      break;
    case "MX": {
      const [pref, host] = rr.data.split(/\s+/);
      w.u16(Number(pref));
      w.name(host);
      break;
    }
    case "TXT": {
      const t = Buffer.from(rr.data, "utf8");
      w.u8(t.length);
      w.bytes(t);
      break;
    }
    default:
      throw new Error(`dns stub: no encoder for ${rr.type}`);
  }
  w.setU16(lenAt, w.length - start);
}

/** The reply to one query packet, or null for a packet that isn't a query. */
export function respond(query: Buffer, server: string, answer: Answerer): Buffer | null {
  if (query.length < 12) return null;
  const id = query.readUInt16BE(0);
  const flags = query.readUInt16BE(2);
  if (flags & 0x8000) return null;
  const qd = query.readUInt16BE(4);
  const ar = query.readUInt16BE(10);
  if (qd !== 1) return null;
  const { name: qname, next } = readName(query, 12);
  const qtypeNum = query.readUInt16BE(next);
  const qclass = query.readUInt16BE(next + 2);
  const qtype = TYPE_NAMES[qtypeNum] ?? `TYPE${qtypeNum}`;
  const reply = answer(server, qname, qtype);
  if (reply === "drop") return null;
  const w = new Writer();
  w.u16(id);
  // QR, opcode QUERY, RD copied, RA set; rcode
  w.u16(0x8000 | (flags & 0x0100) | 0x0080 | (reply.rcode & 0xf));
  w.u16(1);
  w.u16(reply.answers.length);
  w.u16(0);
  w.u16(ar > 0 ? 1 : 0);
  // the question exactly as asked (dig compares case)
  w.name(qname);
  w.u16(qtypeNum);
  w.u16(qclass);
  for (const rr of reply.answers) {
    w.name(rr.name);
    w.u16(TYPES[rr.type]);
    w.u16(1);
    w.u32(rr.ttl);
    rdata(w, rr);
  }
  if (ar > 0) {
    // OPT: root name, type 41, UDP payload 65494 (systemd-resolved's stub), no flags, no options
    w.u8(0);
    w.u16(41);
    w.u16(65494);
    w.u32(0);
    w.u16(0);
  }
  return w.buffer();
}

/** UDP DNS on port 53 of each address asked for; `answer` decides every reply. */
export class DnsStub {
  private sockets = new Map<string, dgram.Socket>();
  answer: Answerer = () => ({ rcode: 5, answers: [] });

  async listen(addr: string, port = 53): Promise<void> {
    if (this.sockets.has(addr)) return;
    const s = dgram.createSocket("udp4");
    s.on("message", (msg, rinfo) => {
      let r: Buffer | null = null;
      try {
        r = respond(msg, addr, this.answer);
      } catch (e) {
        console.error(`dns stub: ${(e as Error).message}`);
      }
      if (r) s.send(r, rinfo.port, rinfo.address);
    });
    await new Promise<void>((resolve, reject) => {
      s.once("error", reject);
      s.bind(port, addr, () => resolve());
    });
    this.sockets.set(addr, s);
  }

  closeAll(keep: string[] = []): void {
    for (const [a, s] of this.sockets) {
      if (keep.includes(a)) continue;
      s.close();
      this.sockets.delete(a);
    }
  }
}
