import { describe, expect, it } from 'vitest'
import { FlushPipeline, type SettledFlush } from '../../src/transfer/flush-pipeline'

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))

describe('FlushPipeline: flushes overlap but settle in file order', () => {
  it('settles an earlier flush first even when a later one finishes sooner, counting written in order', async () => {
    const settled: SettledFlush[] = []
    const pipeline = new FlushPipeline(2, 100, async (state) => {
      settled.push(state)
    })
    await pipeline.push(() => later(40, 10), { line: 10, read: 10, rejected: 0 })
    expect(settled).toEqual([]) // one in flight: push returns at once, reading goes on
    await pipeline.push(() => later(1, 5), { line: 16, read: 16, rejected: 1 })
    // The second push needed a free slot: it waited for the oldest (the slow one), not the fast one.
    expect(settled).toEqual([{ line: 10, read: 10, written: 110, rejected: 0 }])
    await pipeline.drain()
    expect(settled.map((s) => s.line)).toEqual([10, 16])
    expect(pipeline.written).toBe(115)
  })

  it('a failed flush stops the pipeline: no later checkpoint, the error surfaces once nothing is in flight', async () => {
    const settled: number[] = []
    let laterFinished = false
    const pipeline = new FlushPipeline(3, 0, async (state) => {
      settled.push(state.line)
    })
    await pipeline.push(() => later(5, 1), { line: 1, read: 1, rejected: 0 })
    await pipeline.push(() => later(10, 0).then(() => Promise.reject(new Error('throttled for good'))), {
      line: 2,
      read: 2,
      rejected: 0,
    })
    await pipeline.push(
      () =>
        later(30, 1).then((n) => {
          laterFinished = true
          return n
        }),
      { line: 3, read: 3, rejected: 0 },
    )
    expect(settled).toEqual([1]) // the third push freed a slot by settling the first
    await expect(pipeline.drain()).rejects.toThrow('throttled for good')
    expect(settled).toEqual([1])
    expect(laterFinished).toBe(true)
  })
})
