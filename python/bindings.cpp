// pybind11 boundary (module newslens._core): converts and delegates, holds no
// logic, like wasm/bindings.cpp. UTF-8 text and an options JSON object go in to
// api::Service (the facade: limit, options, timing, exception capture); the
// schema-1 JSON (or its error object) comes out as bytes. Everything else —
// dicts, code-point offsets, NewsLensError, thread pools — lives in newslens/*.py.

#include <pybind11/pybind11.h>

#include <string>
#include <string_view>

#include "newslens/api.h"

namespace py = pybind11;

namespace {

using newslens::api::Service;

// Service::analyze() for Python: the result or error JSON, never an exception. The
// GIL is released while the core runs, so threads that each call it analyze in
// parallel; it is taken back to build the bytes object.
py::bytes analyzeReleasingGil(const Service& service, std::string_view utf8, std::string_view optionsJson) {
  std::string json;
  {
    py::gil_scoped_release release;
    json = service.analyze(utf8, optionsJson);
  }
  return py::bytes(json);
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "NewsLens native core (use the newslens package, not this module)";
  // A failed construction (no model, no memory) does not throw: analyze() answers it.
  py::class_<Service>(m, "Analyzer")
      .def(py::init<>(), py::call_guard<py::gil_scoped_release>())
      .def("analyze", &analyzeReleasingGil, py::arg("utf8"), py::arg("options_json"))
      .def("model_info", &Service::modelInfo);
  m.def("version", [] { return std::string(newslens::version()); });
  m.attr("MAX_INPUT_BYTES") = newslens::kMaxInputBytes;
}
