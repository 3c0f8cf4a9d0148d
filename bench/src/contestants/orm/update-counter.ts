/** The slice of our DynamoClient the counter needs (the contestants load the client at run time). */
interface Observable {
  use(middleware: {
    name: string
    onResponse: (event: { operation: string; statusCode?: number | undefined }) => void
  }): unknown
}

/**
 * Counts UpdateItem answers with status 200. A model skips a write that changes nothing, so the ORM's
 * update scenario proves a request went out by this count; the plain client carries the same observer.
 */
export function countUpdates(client: Observable): { updates: number; calls: number } {
  const state = { updates: 0, calls: 0 }
  client.use({
    name: 'bench-update-counter',
    onResponse: (event) => {
      if (event.operation === 'UpdateItem' && event.statusCode === 200) state.updates += 1
    },
  })
  return state
}
