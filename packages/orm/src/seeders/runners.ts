import { lazyCall } from '../lazy-call'

// Running seeders (discovery through the model loader, sessions, auto-seeding) loads on the first call:
// see lazy-call.ts.
export const runSeeders = lazyCall(() => import('../lazy-subsystems').then((m) => m.runSeeders))
export const fresh = lazyCall(() => import('../lazy-subsystems').then((m) => m.fresh))
export const autoSeed = lazyCall(() => import('../lazy-subsystems').then((m) => m.autoSeed))
export const discoverSeeders = lazyCall(() => import('../lazy-subsystems').then((m) => m.discoverSeeders))
