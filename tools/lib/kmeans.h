#pragma once
// Deterministic spherical k-means and the hierarchical word clusters built from it
// (newslens-clusters): word vectors are L2-normalized, split into `branch` clusters,
// each cluster split again, `levels` deep, so every word gets a path of cluster ids
// from coarse to fine — a Brown-style hierarchy whose prefixes are the granularities
// the tagger's cluster features read. Same input and seed: same clusters, bit for bit.

#include <cstdint>
#include <vector>

namespace newslens::tools {

// Row-major vectors: rows × dims floats.
struct Vectors {
  std::size_t rows = 0, dims = 0;
  std::vector<float> data;
  const float* row(std::size_t r) const { return &data[r * dims]; }
};

// Scales every row to unit length (rows of zeros stay zero).
void normalizeRows(Vectors& v);

// Spherical k-means over the rows listed in `members` (cosine similarity; k-means++
// seeding from `seed`; at most `iterations` rounds, stopping early when nothing moves).
// Returns each member's cluster in [0, k); fewer members than k give each its own cluster.
std::vector<std::uint32_t> sphericalKMeans(const Vectors& v, const std::vector<std::uint32_t>& members, int k,
                                           int iterations, std::uint64_t seed);

// The cluster path of every row: paths[r * levels + l] = its cluster at level l
// (each in [0, branch)), splitting each level's clusters with sphericalKMeans.
std::vector<std::uint16_t> hierarchicalClusters(const Vectors& v, int branch, int levels, int iterations,
                                                std::uint64_t seed);

}  // namespace newslens::tools
