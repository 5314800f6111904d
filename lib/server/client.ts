import "server-only";

/**
 * The header scripts/server.mjs sets on every request to the client's address, decided from the
 * socket and TRUST_PROXY (scripts/client-address.mjs); any copy the client sent is replaced.
 * Kept in step with CLIENT_HEADER there (client.test.ts checks).
 */
export const CLIENT_HEADER = "x-pathwise-client";

/** The client's address as the server decided it, or "unknown" when not served by scripts/server.mjs. */
export function clientAddressOf(request: Request): string {
  return request.headers.get(CLIENT_HEADER) ?? "unknown";
}
