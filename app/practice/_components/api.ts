/** POSTs JSON to one of our API routes and returns the body or the server's error message. */
export async function postJson<T>(
  url: string,
  body: unknown,
): Promise<{ ok: true; data: T } | { ok: false; status: number; message: string }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await response.json().catch(() => null)) as
      (T & { error?: undefined }) | { error: { message: string } } | null;
    if (!response.ok || !json || (typeof json === "object" && "error" in json && json.error)) {
      const message =
        json && "error" in json && json.error ? json.error.message : "Something went wrong. Please try again.";
      return { ok: false, status: response.status, message };
    }
    return { ok: true, data: json as T };
  } catch {
    return { ok: false, status: 0, message: "We couldn't reach the server. Check your connection and try again." };
  }
}

export type AnswerFeedback = {
  correct: boolean;
  expected: string | string[];
  explanation: string;
  source: string;
  scenario: string | null;
  stored: boolean;
  nextDue?: string;
};
