#pragma once
// NEWSLENS_NOINLINE marks a step a stage runs a few times an analysis at most (a
// stage's entry, one pass over the document, a model's decoding): never inlined.
// The WebAssembly build links with LTO, which would fold such steps into their
// callers; V8's optimizing tier then compiles a few huge functions at start, which
// cost ~900M instructions of cold start against nothing saved per call. The hot
// per-token and per-sentence helpers are left to the inliner.

#if defined(__GNUC__) || defined(__clang__)
#define NEWSLENS_NOINLINE __attribute__((noinline))
#else
#define NEWSLENS_NOINLINE
#endif
