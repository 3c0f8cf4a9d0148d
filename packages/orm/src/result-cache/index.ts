export {
  CACHING_OFF,
  type EntityCachePolicy,
  type ResultCacheSettings,
  resultCacheSettings,
} from './cache-settings'
export { ResultCache, type ResultCacheControl, type ResultCacheStats } from './result-cache'
