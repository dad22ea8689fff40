#include <doctest/doctest.h>

#include "lib/kmeans.h"

using namespace newslens::tools;

namespace {

// Four directions, each with three noisy copies: 12 rows in 3 dimensions.
Vectors fourDirections() {
  Vectors v;
  v.dims = 3;
  const float base[4][3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {-1, -1, 0}};
  for (int copy = 0; copy < 3; ++copy)
    for (const auto& b : base) {
      for (int i = 0; i < 3; ++i) v.data.push_back(b[i] * 10 + 0.1f * float(copy) * float(i + 1));
      ++v.rows;
    }
  normalizeRows(v);
  return v;
}

}  // namespace

TEST_CASE("spherical k-means finds well separated directions, the same way every time") {
  const Vectors v = fourDirections();
  std::vector<std::uint32_t> all;
  for (std::uint32_t r = 0; r < v.rows; ++r) all.push_back(r);
  const auto a = sphericalKMeans(v, all, 4, 20, 42);
  for (std::uint32_t r = 4; r < v.rows; ++r) CHECK(a[r] == a[r % 4]);  // copies share a cluster
  for (int i = 0; i < 4; ++i)
    for (int j = i + 1; j < 4; ++j) CHECK(a[i] != a[j]);
  CHECK(sphericalKMeans(v, all, 4, 20, 42) == a);
}

TEST_CASE("hierarchical clusters give every row a path, refining its parent") {
  const Vectors v = fourDirections();
  const auto paths = hierarchicalClusters(v, 2, 2, 20, 7);
  REQUIRE(paths.size() == v.rows * 2);
  for (std::uint32_t r = 0; r < v.rows; ++r) {
    CHECK(paths[r * 2] < 2);
    CHECK(paths[r * 2 + 1] < 2);
  }
  // Copies of a direction share the coarse cluster, and both coarse clusters are used.
  for (std::uint32_t r = 4; r < v.rows; ++r) CHECK(paths[r * 2] == paths[(r % 4) * 2]);
  bool both[2] = {false, false};
  for (std::uint32_t r = 0; r < v.rows; ++r) both[paths[r * 2]] = true;
  CHECK((both[0] && both[1]));
  CHECK(paths == hierarchicalClusters(v, 2, 2, 20, 7));
}
