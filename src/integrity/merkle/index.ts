/**
 * RFC 6962 / RFC 9162 Merkle tree logs: the growing tree kept as its right edge (O(log n)
 * memory, O(1) amortised hashes per append), inclusion and consistency proofs planned as leaf
 * ranges and hashed in one streaming pass, and their verification.
 */
export { MerkleFrontier, EMPTY_ROOT, HASH_BYTES, bitCount } from './frontier.js';
export { inclusionRanges, consistencyRanges, RangeHasher, hashRanges, consistencyProof, edgeRanges, consistencyFromEdge, auditPath, type LeafRange } from './proof-plan.js';
export { verifyInclusionProof, verifyConsistency } from './verify-proof.js';
export { nodeHash } from '../manifest/merkle.js';
