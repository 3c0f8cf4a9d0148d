import { describe, expectTypeOf, it } from 'vitest'
import {
  type CapacityConfig,
  type DbtoolingConfig,
  defineConfig,
  type ResolvedConfig,
  resolveConfig,
} from '../../src/config/index'

describe('config types', () => {
  it('defineConfig checks options at compile time', () => {
    defineConfig({ tableName: 'blog', singleTableDesign: { gsiCount: 'auto' } })
    // @ts-expect-error an unknown option is a type error as well as a runtime error
    defineConfig({ tabelName: 'blog' })
    // @ts-expect-error gsiCount is a number or 'auto'
    defineConfig({ singleTableDesign: { gsiCount: 'many' } })
    // @ts-expect-error billing modes are a closed set
    defineConfig({ capacity: { billingMode: 'ON_DEMAND' } })
    expectTypeOf(defineConfig).parameter(0).toEqualTypeOf<DbtoolingConfig>()
  })

  it('resolveConfig returns fully resolved types: no optional sections, null for unset', () => {
    const config = resolveConfig({})
    expectTypeOf(config).toEqualTypeOf<ResolvedConfig>()
    expectTypeOf(config.singleTableDesign.partitionKey).toEqualTypeOf<string>()
    expectTypeOf(config.singleTableDesign.gsiCount).toEqualTypeOf<number | 'auto'>()
    expectTypeOf(config.endpoint).toEqualTypeOf<string | null>()
    expectTypeOf(config.queryBuilder.timestampFormat).toEqualTypeOf<'iso' | 'unix' | 'unixMs'>()
    expectTypeOf(config.capacity).toEqualTypeOf<CapacityConfig>()
  })

  it('capacity narrows on billingMode', () => {
    const { capacity } = resolveConfig({ capacity: { billingMode: 'PROVISIONED' } })
    if (capacity.billingMode === 'PROVISIONED') expectTypeOf(capacity.read).toEqualTypeOf<number>()
    else expectTypeOf(capacity.read).toEqualTypeOf<null>()
  })
})
