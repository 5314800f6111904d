// Types for scripts/client-address.mjs (plain JavaScript so the server runs it unbuilt).
export const CLIENT_HEADER: "x-pathwise-client";
export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; nets: Array<[unknown, number]>; source: string };
export function parseTrustProxy(value: string | undefined): TrustProxy;
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: TrustProxy): string;
