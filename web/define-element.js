// The one guarded define: registers an element class under a tag unless the tag is
// taken already (a second import, a second bundle), so importing an entry twice never
// throws. define.js and offline.js both register <news-lens> through it.

/**
 * Registers `elementClass` as `tag` in `registry` when the tag is free; returns the
 * class that ends up registered under `tag` (the existing one when it was taken), or
 * null where there is no custom-element registry (a server, a Worker).
 * @param {string} tag
 * @param {CustomElementConstructor} elementClass
 * @param {CustomElementRegistry | undefined} [registry]
 * @returns {CustomElementConstructor | null}
 */
export function defineOnce(tag, elementClass, registry = globalThis.customElements) {
  if (!registry) return null;
  const existing = registry.get(tag);
  if (existing) return existing;
  registry.define(tag, elementClass);
  return elementClass;
}
