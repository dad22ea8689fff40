#include "newslens/summary/key_point_model.h"

#include "newslens/summary/key_point_model_data.h"

namespace newslens::summary {

static_assert(kFittedKeyPointModel.featureSetVersion == kFeatureSetVersion,
              "key_point_model_data.h was fitted for another feature set: rerun newslens-fit-key-points --write");

const KeyPointModel& builtinKeyPointModel() {
  static constexpr KeyPointModel model = kFittedKeyPointModel;
  return model;
}

}  // namespace newslens::summary
