import { describe, expect, it } from 'vitest'
import { InFlightReads } from '../../src/coalescing/in-flight-reads'
import { WriteClock } from '../../src/coalescing/write-clock'

/** A read whose answer the test releases by hand. */
function deferred() {
  let resolve!: (value: { Items: string[] }) => void
  const promise = new Promise<{ Items: string[] }>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

describe('InFlightReads', () => {
  it('builds no identity for reads one after another', async () => {
    const reads = new InFlightReads(new WriteClock())
    let identities = 0
    for (let i = 0; i < 3; i++) {
      const answer = await reads.run(
        () => {
          identities++
          return 'same'
        },
        async () => ({ Items: [String(i)] }),
      )
      expect(answer).toEqual({ Items: [String(i)] })
    }
    expect(identities).toBe(0)
    expect(reads.size).toBe(0)
  })

  it('works out identities once a second read arrives, and shares identical reads in flight', async () => {
    const reads = new InFlightReads(new WriteClock())
    const first = deferred()
    let sent = 0
    const send = () => {
      sent++
      return first.promise
    }
    const calls: string[] = []
    const identity = (key: string) => () => {
      calls.push(key)
      return key
    }
    const a = reads.run(identity('q1'), send)
    expect(calls).toEqual([])
    const b = reads.run(identity('q1'), send)
    const c = reads.run(identity('q2'), async () => ({ Items: ['other'] }))
    expect(calls).toEqual(['q1', 'q1', 'q2'])
    expect(sent).toBe(1)
    first.resolve({ Items: ['x'] })
    const [answerA, answerB] = await Promise.all([a, b])
    expect(answerA).toEqual({ Items: ['x'] })
    expect(answerB).toEqual({ Items: ['x'] })
    expect(answerB).not.toBe(answerA)
    expect(await c).toEqual({ Items: ['other'] })
    expect(reads.shared).toBe(1)
    expect(reads.size).toBe(0)
  })

  it('never joins a read sent before a write, lazily keyed or not', async () => {
    const clock = new WriteClock()
    const reads = new InFlightReads(clock)
    const old = deferred()
    const fresh = deferred()
    const a = reads.run(
      () => 'q',
      () => old.promise,
    )
    clock.tick()
    const b = reads.run(
      () => 'q',
      () => fresh.promise,
    )
    // A third read joins the newest of the two identical reads, the one sent after the write.
    const c = reads.run(
      () => 'q',
      () => Promise.reject(new Error('not sent')),
    )
    old.resolve({ Items: ['before the write'] })
    fresh.resolve({ Items: ['after the write'] })
    expect(await a).toEqual({ Items: ['before the write'] })
    expect(await b).toEqual({ Items: ['after the write'] })
    expect(await c).toEqual({ Items: ['after the write'] })
    expect(reads.shared).toBe(1)
  })
})
