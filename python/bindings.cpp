// pybind11 boundary (module newslens._core): converts and delegates, holds no
// logic, like wasm/bindings.cpp. UTF-8 text and an options JSON object go in, the
// schema-1 JSON (or its error object) comes out as bytes; everything else —
// dicts, code-point offsets, NewsLensError, thread pools — lives in newslens/*.py.

#include <pybind11/pybind11.h>

#include <string>
#include <string_view>

#include "newslens/analyzer.h"
#include "newslens/json/result_json.h"

namespace py = pybind11;

namespace {

class AnalyzerBinding {
 public:
  AnalyzerBinding() = default;

  // The result JSON of `utf8` under `optionsJson` ("" or "{}": defaults), or
  // {"schema":1,"error":{…}}. Never throws (the facade captures every failure).
  std::string analyze(std::string_view utf8, std::string_view optionsJson) const {
    return newslens::json::analyzeToJson(analyzer_, utf8, optionsJson);
  }

  std::string modelInfo() const { return analyzer_.modelInfo(); }

 private:
  newslens::Analyzer analyzer_;
};

// analyze() for Python: the GIL is released while the core runs, so threads that
// each call it analyze in parallel; it is taken back to build the bytes object.
py::bytes analyzeReleasingGil(const AnalyzerBinding& self, std::string_view utf8, std::string_view optionsJson) {
  std::string json;
  {
    py::gil_scoped_release release;
    json = self.analyze(utf8, optionsJson);
  }
  return py::bytes(json);
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "NewsLens native core (use the newslens package, not this module)";
  py::class_<AnalyzerBinding>(m, "Analyzer")
      .def(py::init<>(), py::call_guard<py::gil_scoped_release>())
      .def("analyze", &analyzeReleasingGil, py::arg("utf8"), py::arg("options_json"))
      .def("model_info", &AnalyzerBinding::modelInfo);
  m.def("version", [] { return std::string(newslens::version()); });
  m.attr("MAX_INPUT_BYTES") = newslens::kMaxInputBytes;
}
