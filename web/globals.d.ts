// Globals web/ probes for without depending on them: Node's `process` (analyzer.js
// tells Node from a browser by it). Only for the type check (tsconfig.json).
declare var process: { versions?: { node?: string } } | undefined;
