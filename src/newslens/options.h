#pragma once
// Per-call analysis options (parsed from JSON by api::parseOptions, newslens/api.h).

namespace newslens {

struct Options {
  int keyPoints = -1;  // number of key points; -1 (not given): the key-point model's default
  int keywords = 10;   // number of keywords
};

}  // namespace newslens
