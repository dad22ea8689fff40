#include "lib/kmeans.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace newslens::tools {
namespace {

// SplitMix64: a tiny generator whose output is fixed by the standard of nobody but
// this file, so the clusters do not depend on a library's distribution classes.
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double uniform() { return double(next() >> 11) / double(1ull << 53); }  // [0, 1)
};

float dot(const float* a, const float* b, std::size_t n) {
  float s = 0.0f;
  for (std::size_t i = 0; i < n; ++i) s += a[i] * b[i];
  return s;
}

// k-means++ seeding on cosine distance (1 - similarity): each new center is drawn with
// probability proportional to its distance from the nearest center chosen so far.
std::vector<float> seedCenters(const Vectors& v, const std::vector<std::uint32_t>& members, int k, Rng& rng) {
  const std::size_t d = v.dims;
  std::vector<float> centers(static_cast<std::size_t>(k) * d);
  std::vector<double> nearest(members.size(), std::numeric_limits<double>::max());
  std::size_t pick = rng.next() % members.size();
  for (int c = 0; c < k; ++c) {
    std::copy(v.row(members[pick]), v.row(members[pick]) + d, &centers[c * d]);
    double total = 0.0;
    for (std::size_t m = 0; m < members.size(); ++m) {
      const double dist = std::max(0.0, 1.0 - double(dot(v.row(members[m]), &centers[c * d], d)));
      nearest[m] = std::min(nearest[m], dist);
      total += nearest[m];
    }
    double target = rng.uniform() * total;
    for (pick = 0; pick + 1 < members.size() && (target -= nearest[pick]) > 0; ++pick) {
    }
  }
  return centers;
}

}  // namespace

void normalizeRows(Vectors& v) {
  for (std::size_t r = 0; r < v.rows; ++r) {
    float* x = &v.data[r * v.dims];
    const float norm = std::sqrt(dot(x, x, v.dims));
    if (norm > 0)
      for (std::size_t i = 0; i < v.dims; ++i) x[i] /= norm;
  }
}

std::vector<std::uint32_t> sphericalKMeans(const Vectors& v, const std::vector<std::uint32_t>& members, int k,
                                           int iterations, std::uint64_t seed) {
  std::vector<std::uint32_t> assign(members.size(), 0);
  if (members.size() <= static_cast<std::size_t>(k)) {
    for (std::size_t m = 0; m < members.size(); ++m) assign[m] = static_cast<std::uint32_t>(m);
    return assign;
  }
  Rng rng{seed};
  const std::size_t d = v.dims;
  std::vector<float> centers = seedCenters(v, members, k, rng);
  for (int it = 0; it < iterations; ++it) {
    bool moved = it == 0;
    for (std::size_t m = 0; m < members.size(); ++m) {
      std::uint32_t best = 0;
      float top = -std::numeric_limits<float>::max();
      for (int c = 0; c < k; ++c) {
        const float s = dot(v.row(members[m]), &centers[c * d], d);
        if (s > top) top = s, best = static_cast<std::uint32_t>(c);
      }
      moved = moved || best != assign[m];
      assign[m] = best;
    }
    if (!moved) break;
    std::vector<double> sum(static_cast<std::size_t>(k) * d, 0.0);
    for (std::size_t m = 0; m < members.size(); ++m)
      for (std::size_t i = 0; i < d; ++i) sum[assign[m] * d + i] += v.row(members[m])[i];
    for (int c = 0; c < k; ++c) {
      double norm = 0.0;
      for (std::size_t i = 0; i < d; ++i) norm += sum[c * d + i] * sum[c * d + i];
      if (norm <= 0) continue;  // an empty cluster keeps its old center
      for (std::size_t i = 0; i < d; ++i) centers[c * d + i] = static_cast<float>(sum[c * d + i] / std::sqrt(norm));
    }
  }
  return assign;
}

std::vector<std::uint16_t> hierarchicalClusters(const Vectors& v, int branch, int levels, int iterations,
                                                std::uint64_t seed) {
  std::vector<std::uint16_t> paths(v.rows * static_cast<std::size_t>(levels), 0);
  // groups: the rows sharing one path prefix; each is split into `branch` at the next level.
  std::vector<std::vector<std::uint32_t>> groups(1);
  for (std::uint32_t r = 0; r < v.rows; ++r) groups[0].push_back(r);
  for (int level = 0; level < levels; ++level) {
    std::vector<std::vector<std::uint32_t>> next;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const std::vector<std::uint32_t>& members = groups[g];
      if (members.empty()) continue;
      const std::vector<std::uint32_t> assign =
          sphericalKMeans(v, members, branch, iterations, seed * 1000003u + level * 7919u + g);
      std::vector<std::vector<std::uint32_t>> split(branch);
      for (std::size_t m = 0; m < members.size(); ++m) {
        paths[members[m] * levels + level] = static_cast<std::uint16_t>(assign[m]);
        split[assign[m]].push_back(members[m]);
      }
      for (auto& s : split) next.push_back(std::move(s));
    }
    groups = std::move(next);
  }
  return paths;
}

}  // namespace newslens::tools
