/**
 * Polls ListTables until DynamoDB Local answers with HTTP 200. DynamoDB Local checks only the shape of the
 * Authorization header, so a fixed dummy one is enough here.
 */
export async function waitUntilReady(
  endpoint: string,
  options: { timeoutMs: number; isAlive: () => boolean; intervalMs?: number },
): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs
  const interval = options.intervalMs ?? 100
  while (Date.now() < deadline) {
    if (!options.isAlive()) return false
    if (await answers(endpoint)) return true
    await new Promise((resolve) => setTimeout(resolve, interval))
  }
  return false
}

export async function answers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'DynamoDB_20120810.ListTables',
        authorization:
          'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      },
      body: '{}',
      signal: AbortSignal.timeout(2_000),
    })
    await response.arrayBuffer()
    return response.status === 200
  } catch {
    return false
  }
}
