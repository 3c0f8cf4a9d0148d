import { ObservabilityConfigError } from './errors'

/**
 * US dollars per million request units, on-demand, Standard table class.
 *
 * @example
 * ```ts
 * const prices: OnDemandPrices = ON_DEMAND_PRICES['eu-west-1']!
 * const orm = createOrm({ models, client, options: { observability: { costs: { prices } } } })
 * ```
 */
export interface OnDemandPrices {
  readonly readPerMillion: number
  readonly writePerMillion: number
}

/**
 * On-demand prices after AWS's 50 % cut of 1 November 2024 (source: https://aws.amazon.com/dynamodb/pricing/on-demand/,
 * checked December 2026). Only regions whose price we confirmed are listed; pass `prices` for any other
 * region, for Standard-IA tables, or when AWS changes them.
 *
 * @example
 * ```ts
 * const prices = ON_DEMAND_PRICES['us-east-1']
 * console.log(prices?.readPerMillion, prices?.writePerMillion)
 * ```
 */
export const ON_DEMAND_PRICES: Readonly<Record<string, OnDemandPrices>> = {
  'us-east-1': { readPerMillion: 0.125, writePerMillion: 0.625 },
  'us-east-2': { readPerMillion: 0.125, writePerMillion: 0.625 },
  'us-west-2': { readPerMillion: 0.125, writePerMillion: 0.625 },
}

/**
 * Where `ON_DEMAND_PRICES` come from, and as of when.
 *
 * @example
 * ```ts
 * console.log(`prices: ${PRICE_SOURCE}`)
 * ```
 */
export const PRICE_SOURCE = 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (prices from 2024-11-01)'

export function pricesFor(region: string, override: OnDemandPrices | null): OnDemandPrices {
  if (override) return override
  const known = ON_DEMAND_PRICES[region]
  if (known) return known
  throw new ObservabilityConfigError(
    'UNKNOWN_PRICE_REGION',
    `No on-demand price is known for region '${region}'`,
    `pass costs: { prices: { readPerMillion, writePerMillion } } from the DynamoDB pricing page for ${region}, or a region among ${Object.keys(ON_DEMAND_PRICES).join(', ')}`,
  )
}
