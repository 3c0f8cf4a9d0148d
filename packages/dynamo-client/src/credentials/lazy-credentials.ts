// The code behind every credential and shared-file lookup, in one module so that the build makes it one
// chunk: the files, processes, STS and SSO calls a client with fixed credentials and region never needs.
// It takes what it shares with the eager code through `entry-exports` (see there), so no shared chunk is split off.
export { resolveDefaultCredentials } from './default-chain'
export { resolveProfileCredentials } from './profile-credentials'
export { loadSharedProfile } from './shared-files'
