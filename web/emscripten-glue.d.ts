// Types of the Emscripten glue (dist/newslens.js, dist/newslens-single.js: built, not
// checked in). scripts/test.sh copies this file beside each glue file as its .d.ts, so
// the type check of web/ reads these declarations instead of the generated code.
declare const createModule: (options?: Record<string, unknown>) => Promise<any>;
export default createModule;
