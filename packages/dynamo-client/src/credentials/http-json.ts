/** A tiny JSON-over-HTTP helper for the metadata endpoints; they are local links, so short timeouts. */
export async function fetchText(
  url: string,
  init: { method?: string; headers?: Record<string, string>; timeoutMs: number },
): Promise<string> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: init.headers ?? {},
    signal: AbortSignal.timeout(init.timeoutMs),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered HTTP ${response.status}`)
  return text
}

/** The credential JSON shape shared by the container endpoint and IMDS. */
export interface MetadataCredentials {
  AccessKeyId?: string
  SecretAccessKey?: string
  Token?: string
  Expiration?: string
}

export function parseMetadataCredentials(text: string, source: string) {
  const json = JSON.parse(text) as MetadataCredentials
  if (!json.AccessKeyId || !json.SecretAccessKey)
    throw new Error(`${source} returned no AccessKeyId/SecretAccessKey`)
  return {
    accessKeyId: json.AccessKeyId,
    secretAccessKey: json.SecretAccessKey,
    sessionToken: json.Token || undefined,
    expiration: json.Expiration ? new Date(json.Expiration) : undefined,
  }
}
