"use client";
import type { World } from "@/lib/sim";
import { topologyModel, type Node } from "./model";

/**
 * The live topology picture: redraws from the World on every command. Elements carry the resource
 * id in data-id so the path-trace panel can highlight the hop it is showing.
 */
export function Topology({ world, highlight }: { world: World; highlight?: { id: string; verdict: string } | null }) {
  const model = topologyModel(world);
  const cls = (id: string, base: string) =>
    `${base}${highlight?.id === id ? ` topo-highlight topo-${highlight.verdict}` : ""}`;
  const item = (n: Node) => (
    <li key={n.id} data-id={n.id} className={cls(n.id, `topo-item topo-${n.kind}`)}>
      <span className="topo-label">{n.label}</span>
      {n.detail ? <span className="topo-detail">{n.detail}</span> : null}
      {n.state && !["available", "running"].includes(n.state) ? <span className="topo-state">{n.state}</span> : null}
    </li>
  );
  return (
    <figure className="topology" aria-label="Network topology">
      <div className="topo-grid">
        {model.onPrem.map((net) => (
          <section key={net.id} data-id={net.id} className={cls(net.id, "topo-box topo-onprem")} aria-label={`On-premises network ${net.label}`}>
            <h4>
              {net.label} <span className="topo-detail">{net.detail} · on-premises</span>
            </h4>
            <ul>{net.hosts.map(item)}</ul>
          </section>
        ))}
        {model.vpcs.map((vpc) => (
          <section key={vpc.id} data-id={vpc.id} className={cls(vpc.id, "topo-box topo-vpc")} aria-label={`VPC ${vpc.label}`}>
            <h4>
              {vpc.label}{" "}
              <span className="topo-detail">
                {vpc.detail} · {vpc.region} · account {vpc.account}
              </span>
            </h4>
            {vpc.edge.length ? <ul className="topo-edge">{vpc.edge.map(item)}</ul> : null}
            <div className="topo-azs">
              {vpc.azs.map((az) => (
                <div key={az.az} className="topo-az">
                  <p className="topo-az-name">{az.az}</p>
                  {az.subnets.map((s) => (
                    <div key={s.id} data-id={s.id} className={cls(s.id, `topo-subnet ${s.public ? "topo-public" : "topo-private"}`)}>
                      <p className="topo-subnet-name">
                        {s.label} <span className="topo-detail">{s.detail}</span>
                      </p>
                      <p className="topo-detail">
                        {s.public ? "public" : "private"} · route table {s.routeTable}
                      </p>
                      {s.members.length ? <ul>{s.members.map(item)}</ul> : null}
                    </div>
                  ))}
                </div>
              ))}
            </div>
            <p className="topo-detail">
              Route tables:{" "}
              {vpc.routeTables.map((r, i) => (
                <span key={r.id} data-id={r.id} className={cls(r.id, "topo-rtb")}>
                  {i ? ", " : ""}
                  {r.label}
                </span>
              ))}
            </p>
          </section>
        ))}
        {model.buckets.map((group) => (
          <section key={group.region} className="topo-box topo-s3" aria-label={`S3 buckets in ${group.region}`}>
            <h4>
              Amazon S3 <span className="topo-detail">{group.region}</span>
            </h4>
            <ul>{group.items.map(item)}</ul>
          </section>
        ))}
      </div>
      {model.links.length ? (
        <ul className="topo-links">
          {model.links.map((l) => (
            <li key={l.id} data-id={l.id} className={cls(l.id, `topo-link topo-link-${l.state}`)}>
              {l.label}
            </li>
          ))}
        </ul>
      ) : null}
      <figcaption className="visually-hidden">
        {model.vpcs.length} VPCs, {model.onPrem.length} on-premises networks, {model.buckets.reduce((n, b) => n + b.items.length, 0)} buckets.
      </figcaption>
    </figure>
  );
}
